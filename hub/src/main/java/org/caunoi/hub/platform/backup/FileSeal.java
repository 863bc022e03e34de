package org.caunoi.hub.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The SHA-256 of a whole archive, kept in its last bytes (the zip's comment, written as a placeholder of
 * the same length and filled in once the archive is closed), so that a restore notices any byte
 * changed or missing anywhere in the file, zip headers included, not only in the entries' contents.
 */
final class FileSeal {

    private static final String PREFIX = "caunoi-hub-backup sha256=";
    static final String PLACEHOLDER = PREFIX + "0".repeat(64);
    private static final int LENGTH = PLACEHOLDER.length();

    private FileSeal() {
    }

    /** Replaces the placeholder at the end of {@code file} with the SHA-256 of everything before it. */
    static void seal(Path file) throws IOException {
        long sealed = Files.size(file) - LENGTH;
        String hex = HexFormat.of().formatHex(digest(file, sealed));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((PREFIX + hex).getBytes(StandardCharsets.US_ASCII)), sealed);
            channel.force(true);
        }
    }

    /** Whether the file ends with a seal at all (a file of another kind, or cut short, does not). */
    static boolean present(Path file) throws IOException {
        return tail(file).startsWith(PREFIX);
    }

    /** Whether the file's bytes are those it was sealed with. */
    static boolean intact(Path file) throws IOException {
        String tail = tail(file);
        return tail.startsWith(PREFIX) && tail.substring(PREFIX.length())
                .equals(HexFormat.of().formatHex(digest(file, Files.size(file) - LENGTH)));
    }

    private static String tail(Path file) throws IOException {
        long size = Files.size(file);
        if (size < LENGTH) {
            return "";
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
            while (buffer.hasRemaining() && channel.read(buffer, size - LENGTH + buffer.position()) > 0) {
                // read the last bytes
            }
            return new String(buffer.array(), StandardCharsets.US_ASCII);
        }
    }

    private static byte[] digest(Path file, long length) throws IOException {
        MessageDigest digest = BackupWriter.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException(file + " ended early");
                }
                digest.update(buffer, 0, n);
                left -= n;
            }
        }
        return digest.digest();
    }
}
