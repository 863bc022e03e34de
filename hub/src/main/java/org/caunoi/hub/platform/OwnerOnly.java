package org.caunoi.hub.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold keys or a copy of the hub's data (keystores, backups) are readable by the hub's
 * operating-system user only, where the file system has POSIX permissions; elsewhere (Windows) they
 * keep what the folder gives them.
 */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    /** Creates {@code file}, empty and owner-only from its first byte on. */
    public static Path createFile(Path file) throws IOException {
        return posix(file) ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createFile(file);
    }

    /** Makes an existing file owner-only (0600). */
    public static void file(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Creates the folder and its parents if missing, and makes the folder itself owner-only (0700). */
    public static Path directory(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (posix(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
