package org.caunoi.hub.platform.database;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.StartRefusedException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the zonky binaries with its data under {@code <data-dir>/pg}, kept across
 * restarts and started again if it dies ({@link EmbeddedServer}), unless {@code spring.datasource.url}
 * points the hub at an external server. Running as root works too: zonky wraps the server in a user
 * namespace (PostgreSQL refuses root).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${caunoi.embedded-db.enabled:true}")
class EmbeddedPostgresConfiguration {

    /** How often the hub checks that its embedded server still runs. */
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(HubProperties properties) {
        Path dataDirectory = properties.dataPath();
        try {
            return DataDirectoryLock.tryAcquire(dataDirectory).orElseThrow(() -> new StartRefusedException(
                    "Another hub is already running with the data directory " + dataDirectory + " (it holds "
                            + dataDirectory.resolve("hub.lock") + ").",
                    "Stop that hub first, or start this one with --caunoi.data-dir=ANOTHER_DIR."));
        }
        catch (IOException e) {
            throw new StartRefusedException("The hub cannot write to its data directory " + dataDirectory + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").",
                    "Let the user who runs the hub (" + System.getProperty("user.name") + ") create and write files in "
                            + dataDirectory + ", or start the hub with --caunoi.data-dir=A_WRITABLE_DIR.", e);
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedPostgres(HubProperties properties, DataDirectoryLock lock) {
        int configuredPort = properties.embeddedDb().port();
        try {
            // Started as the backup and restore commands start it; after a crash again at the same port.
            return EmbeddedServer.start(EmbeddedDatabase.pgDirectory(properties.dataPath()),
                    port -> EmbeddedDatabase.start(properties.dataPath(), port > 0 ? port : configuredPort, lock), WATCH_INTERVAL);
        }
        catch (IOException e) {
            throw new EmbeddedDatabaseUnavailable(EmbeddedDatabase.pgDirectory(properties.dataPath()), e);
        }
    }

    /**
     * The pool takes {@code spring.datasource.hikari.*} as Boot's own pool would (its connection timeout
     * above all: a pool built by hand waited Hikari's default 30 s for a stopped database, so requests
     * and probes timed out instead of answering 503). Bound after construction, before the pool starts
     * at its first connection.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedServer postgres, HubProperties properties) throws IOException {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.jdbcUrl());
        pool.setUsername(EmbeddedDatabase.USER);
        pool.setPassword(EmbeddedDatabase.password(properties.dataPath()));
        pool.setPoolName("caunoi-embedded");
        pool.setMaximumPoolSize(10);
        return pool;
    }

    /** Says what to do when the embedded server cannot start although this hub holds the data directory. */
    public static final class EmbeddedDatabaseUnavailable extends StartRefusedException {
        EmbeddedDatabaseUnavailable(Path pgDirectory, Exception cause) {
            super("The embedded database could not start in " + pgDirectory + ": " + cause.getMessage(),
                    "Check that the disk has room and that the user who runs the hub can write in " + pgDirectory
                            + "; PostgreSQL's own reason is in the log above. Or start the hub with --caunoi.data-dir=ANOTHER_DIR.",
                    cause);
        }
    }

}
