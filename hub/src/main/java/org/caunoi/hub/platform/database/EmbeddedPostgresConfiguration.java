package org.caunoi.hub.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.platform.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** How often the hub checks that its embedded server still runs. */
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(HubProperties properties) throws IOException {
        return DataDirectoryLock.tryAcquire(properties.dataPath())
                .orElseThrow(() -> new EmbeddedDatabaseUnavailable(properties.dataPath().resolve("pg"),
                        new IllegalStateException("another hub holds " + properties.dataPath().resolve("hub.lock"))));
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedPostgres(HubProperties properties, DataDirectoryLock lock) {
        Path dataDirectory = properties.dataPath().resolve("pg");
        try {
            Files.createDirectories(dataDirectory);
            lock.stopOrphanedServer(dataDirectory);
            boolean firstStart = !Files.exists(dataDirectory.resolve("postgresql.conf"));
            int configuredPort = properties.embeddedDb().port();
            EmbeddedServer server = EmbeddedServer.start(dataDirectory,
                    port -> builder(dataDirectory, port > 0 ? port : configuredPort).start(), WATCH_INTERVAL);
            log.info("Embedded PostgreSQL {} on port {}, data in {}",
                    firstStart ? "created" : "started", server.port(), dataDirectory);
            return server;
        }
        catch (IOException | IllegalStateException e) {
            throw new EmbeddedDatabaseUnavailable(dataDirectory, e);
        }
    }

    /** The server on {@code dataDirectory}, at {@code port} or a free one when 0. */
    private static EmbeddedPostgres.Builder builder(Path dataDirectory, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Stopped by this bean's close, after everything that uses the database. zonky's own
                // JVM shutdown hook stopped it while Spring was still shutting down, and the last
                // users (Spring Modulith's event registry) waited 30 s for a connection.
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("timezone", "UTC")
                // zonky is made for tests: it starts the server with -F (no fsync) and synchronous_commit
                // off, so a crash could lose what the hub said it had stored. These -c settings win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        return port > 0 ? builder.setPort(port) : builder;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedServer postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername("postgres");
        config.setPoolName("caunoi-embedded");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /** Says what to do when the embedded server cannot start, which is usually a second hub on the same data. */
    static final class EmbeddedDatabaseUnavailable extends IllegalStateException {
        EmbeddedDatabaseUnavailable(Path dataDirectory, Exception cause) {
            super("The embedded database could not start in " + dataDirectory
                    + ". Is another hub already running with this data directory? Stop it, or start this one with "
                    + "--caunoi.data-dir=ANOTHER_DIR. Cause: " + cause.getMessage(), cause);
        }
    }

}
