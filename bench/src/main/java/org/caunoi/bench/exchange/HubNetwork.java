package org.caunoi.bench.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.caunoi.hub.platform.database.EmbeddedServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo network in this JVM, as the hub's own two-hub tests start it: Vietnam sends, one or more
 * partner hubs (Hong Kong first) receive, each with a PostgreSQL of its own under the benchmark's
 * folder, sharing one demo PKI. Every receiving hub also serves {@link RawAs4Receiver}, the
 * storage-free baseline, from the same Tomcat.
 */
final class HubNetwork implements AutoCloseable {

    /** One receiving hub: its node code, port and application. */
    record Recipient(String node, int port, ConfigurableApplicationContext context) {

        JdbcTemplate database() {
            return new JdbcTemplate(context.getBean(DataSource.class));
        }

        String rawUrl() {
            return "http://127.0.0.1:" + port + RawAs4Receiver.PATH;
        }
    }

    /** Where the hubs keep their data. */
    enum Storage {
        /** The hub's own embedded PostgreSQL as it starts it. */
        SHIPPED("embedded PostgreSQL as shipped (fsync off, synchronous_commit off)"),
        /** The same server started with every commit flushed to disk before it returns. */
        DURABLE("PostgreSQL with fsync on, synchronous_commit on");

        final String description;

        Storage(String description) {
            this.description = description;
        }
    }

    /** With {@code -Dbench.statements=true}, the durable servers count what each SQL statement costs. */
    static final boolean STATEMENT_STATISTICS = Boolean.getBoolean("bench.statements");

    final Path root;
    final Storage storage;
    final int vnPort = freePort();
    /** The receiving nodes and their ports, in the order they are named. */
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, EmbeddedPostgres> ownServers = new LinkedHashMap<>();
    final List<Recipient> recipients = new ArrayList<>();
    final ConfigurableApplicationContext vn;

    /**
     * Vietnam and the receiving hubs {@code recipientNodes}, which must be partners of Vietnam in
     * the facts (Hong Kong, Lao PDR and the Republic of Korea are).
     */
    HubNetwork(Path facts, Storage storage, List<String> recipientNodes) {
        this.root = newRoot();
        this.storage = storage;
        recipientNodes.forEach(node -> ports.put(node, freePort()));
        for (String node : recipientNodes) {
            recipients.add(new Recipient(node, ports.get(node), new SpringApplicationBuilder(CauNoiApplication.class,
                    RawAs4Receiver.class).run(arguments(node, ports.get(node), facts))));
        }
        vn = new SpringApplicationBuilder(CauNoiApplication.class).run(arguments("VN", vnPort, facts));
        if (STATEMENT_STATISTICS && storage == Storage.DURABLE) {
            vnDatabase().execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            recipients.forEach(recipient -> recipient.database().execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        }
    }

    private String[] arguments(String node, int port, Path facts) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--caunoi.node=" + node,
                "--caunoi.demo=true",
                "--caunoi.data-dir=" + root.resolve(node.toLowerCase(Locale.ROOT)),
                "--caunoi.demo-facts=" + facts,
                "--caunoi.exchange.demo-pki=" + root.resolve("demo-pki"),
                "--caunoi.exchange.demo-network.VN=http://127.0.0.1:" + vnPort + "/as4",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        ports.forEach((recipient, recipientPort) ->
                args.add("--caunoi.exchange.demo-network." + recipient + "=http://127.0.0.1:" + recipientPort + "/as4"));
        if (storage == Storage.DURABLE) {
            // An external database to the hub: its own embedded one is not started.
            args.add("--spring.datasource.url=" + durableServer(node).getJdbcUrl("postgres", "postgres"));
        }
        return args.toArray(String[]::new);
    }

    /**
     * The hub's embedded server with what zonky's defaults turn off turned on again: zonky starts
     * PostgreSQL with {@code -F} (no fsync) and {@code synchronous_commit=off}; a later {@code -c} wins.
     */
    private EmbeddedPostgres durableServer(String node) {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(root.resolve(node.toLowerCase(Locale.ROOT) + "-pg"))
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("shared_preload_libraries", STATEMENT_STATISTICS ? "pg_stat_statements" : "")
                    .start();
            ownServers.put(node, server);
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JdbcTemplate vnDatabase() {
        return new JdbcTemplate(vn.getBean(DataSource.class));
    }


    /** A JDBC URL of Vietnam's database, for a connection of the benchmark's own beside the hub's pool. */
    String vnJdbcUrl() {
        if (storage == Storage.DURABLE) {
            return ownServers.get("VN").getJdbcUrl("postgres", "postgres");
        }
        try {
            // The hub's own embedded server asks for the password in its data directory.
            return EmbeddedDatabase.jdbcUrl(vn.getBean(EmbeddedServer.class).port()) + "?user=" + EmbeddedDatabase.USER
                    + "&password=" + EmbeddedDatabase.password(root.resolve("vn"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What both servers say about their durability settings, e.g. "fsync off, synchronous_commit off". */
    String durabilityInEffect() {
        List<String> settings = new ArrayList<>();
        List<JdbcTemplate> databases = new ArrayList<>(List.of(vnDatabase()));
        recipients.forEach(recipient -> databases.add(recipient.database()));
        for (JdbcTemplate database : databases) {
            settings.add("fsync " + database.queryForObject("SHOW fsync", String.class) + ", synchronous_commit "
                    + database.queryForObject("SHOW synchronous_commit", String.class));
        }
        return settings.stream().distinct().count() == 1 ? settings.get(0) : "by hub, VN first: " + settings;
    }

    /** The statements that took the most time in every hub's database, per message, when counted at all. */
    void printStatementStatistics(long messages) {
        if (!STATEMENT_STATISTICS || storage != Storage.DURABLE) {
            return;
        }
        Map<String, JdbcTemplate> databases = new LinkedHashMap<>(Map.of("VN", vnDatabase()));
        recipients.forEach(recipient -> databases.put(recipient.node(), recipient.database()));
        for (var hub : databases.entrySet()) {
            System.out.println("  statements of " + hub.getKey() + " (ms per message, calls per message, rows per call):");
            hub.getValue().query("""
                    SELECT total_exec_time, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query
                      FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 16""", rs -> {
                System.out.printf(Locale.ROOT, "    %6.3f ms %5.2f calls %5.2f rows  %s%n",
                        rs.getDouble(1) / messages, rs.getDouble(2) / messages, rs.getDouble(3) / Math.max(1, rs.getDouble(2)),
                        rs.getString(4));
            });
        }
    }

    @Override
    public void close() {
        vn.close();
        recipients.forEach(recipient -> recipient.context().close());
        for (EmbeddedPostgres server : ownServers.values()) {
            try {
                server.close();
            }
            catch (IOException e) {
                System.err.println("Could not stop PostgreSQL: " + e);
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException e) {
            System.err.println("Could not delete " + root + ": " + e);
        }
    }

    /** Under bench/target when run from the repository, so the databases go with {@code mvn clean}. */
    private static Path newRoot() {
        try {
            Path target = Path.of("bench/target");
            Path parent = Files.isDirectory(target) ? Files.createDirectories(target.resolve("exchange-data"))
                    : Path.of(System.getProperty("java.io.tmpdir"));
            return Files.createTempDirectory(parent.toAbsolutePath(), "two-hubs-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
