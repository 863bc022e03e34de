package org.caunoi.hub.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's hold on its data directory, taken before the embedded server starts. The operating
 * system drops the lock when the hub's process ends, however it ends; so a hub that gets the lock
 * knows that a PostgreSQL still running on the directory was left behind by a hub that was killed,
 * and stops it instead of waiting for it forever. A hub that does not get the lock is the second
 * one on the directory, and says so.
 */
public final class DataDirectoryLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryLock.class);
    private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(30);

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty when another running hub holds it. */
    public static Optional<DataDirectoryLock> tryAcquire(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        FileChannel channel = FileChannel.open(dataDirectory.resolve("hub.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new DataDirectoryLock(channel, lock));
            }
        }
        catch (OverlappingFileLockException e) {
            // Another hub in this same JVM (a test) holds it.
        }
        channel.close();
        return Optional.empty();
    }

    /** Stops the PostgreSQL a killed hub left running on {@code pgDirectory}, if there is one. */
    public void stopOrphanedServer(Path pgDirectory) throws IOException {
        Path pidFile = pgDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.getFirst()).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                        .filter(DataDirectoryLock::isPostgres);
        if (server.isEmpty()) {
            return; // a stale pid file; PostgreSQL itself ignores it
        }
        log.warn("A PostgreSQL (pid {}) from a hub that did not stop cleanly still runs on {}: stopping it first",
                server.get().pid(), pgDirectory);
        server.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients are gone with the old hub
        try {
            server.get().onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        }
        catch (java.util.concurrent.TimeoutException e) {
            server.get().destroyForcibly(); // crash recovery at the next start keeps the data consistent
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(false);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
