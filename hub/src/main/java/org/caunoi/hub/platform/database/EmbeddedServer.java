package org.caunoi.hub.platform.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's embedded PostgreSQL, kept running: every few seconds it checks that the server is still
 * there and, when its postmaster has died (killed, out of memory), starts it again on the same data
 * and port. PostgreSQL's crash recovery replays what was committed, the connection pool reconnects
 * by itself, and the hub carries on without a restart of its own.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    /** Starts a server on the data directory at the port given. */
    @FunctionalInterface
    interface Starter {
        EmbeddedPostgres start(int port) throws IOException;
    }

    private final Path dataDirectory;
    private final Starter starter;
    private final int port;
    private final ScheduledExecutorService watch;
    private EmbeddedPostgres current;
    private boolean closed;

    private EmbeddedServer(Path dataDirectory, Starter starter, EmbeddedPostgres first, Duration interval) {
        this.dataDirectory = dataDirectory;
        this.starter = starter;
        this.current = first;
        this.port = first.getPort();
        this.watch = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("embedded-db-watch").daemon().factory());
        watch.scheduleWithFixedDelay(this::restartIfGone, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts the server on {@code dataDirectory} (at a free port the first time) and watches it every {@code interval}. */
    static EmbeddedServer start(Path dataDirectory, Starter starter, Duration interval) throws IOException {
        return new EmbeddedServer(dataDirectory, starter, starter.start(0), interval);
    }

    /** The port the server listens on, the same after a restart. */
    public int port() {
        return port;
    }

    String jdbcUrl() {
        return EmbeddedDatabase.jdbcUrl(port);
    }

    synchronized void restartIfGone() {
        if (closed || postmasterAlive() || accepting()) {
            return;
        }
        log.error("The embedded PostgreSQL on {} has stopped unexpectedly: starting it again", dataDirectory);
        try {
            // Releases zonky's lock on the directory; its pg_ctl stop finds no server and says so in the log.
            current.close();
            current = starter.start(port);
            log.warn("The embedded PostgreSQL on {} runs again on port {}", dataDirectory, port);
        }
        catch (IOException | RuntimeException e) {
            // Usually the dead server's last backends still hold its shared memory for a moment: the next round tries again.
            log.warn("The embedded PostgreSQL on {} did not start yet, trying again: {}", dataDirectory, e.toString());
        }
    }

    private boolean postmasterAlive() {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return !lines.isEmpty() && Optional.of(Long.parseLong(lines.getFirst().strip())).flatMap(ProcessHandle::of)
                    .map(ProcessHandle::isAlive).orElse(false);
        }
        catch (IOException | NumberFormatException beingWritten) {
            return true; // a pid file being written belongs to a server starting: not gone
        }
    }

    /** Something still accepts connections on the port: never start a second server beside a live one. */
    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        }
        catch (IOException refused) {
            return false;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        watch.shutdownNow();
        current.close();
    }
}
