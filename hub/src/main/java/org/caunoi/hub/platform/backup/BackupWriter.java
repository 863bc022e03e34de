package org.caunoi.hub.platform.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.caunoi.hub.platform.OwnerOnly;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one backup archive (a zip, streamed): every table of the snapshot and the data directory's
 * files, encrypted, then the manifest and its signature. The archive is written beside its final name and
 * moved there only when complete, so a failed backup leaves no file that looks like one.
 */
final class BackupWriter {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream progress;

    BackupWriter(PrintStream progress) {
        this.progress = progress;
    }

    /** What the archive says about where it came from. */
    record Origin(String hubVersion, String node) {
    }

    BackupManifest write(Path target, DatabaseSnapshot snapshot, Path dataDirectory, char[] password, Origin origin)
            throws IOException, SQLException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            BackupManifest manifest = writeArchive(partial, snapshot, dataDirectory, password, origin);
            FileSeal.seal(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        }
        finally {
            Files.deleteIfExists(partial);
        }
    }

    private BackupManifest writeArchive(Path file, DatabaseSnapshot snapshot, Path dataDirectory, char[] password, Origin origin)
            throws IOException, SQLException {
        byte[] salt = BackupCipher.newSalt();
        BackupCipher cipher = BackupCipher.fromPassword(password, salt, BackupCipher.ITERATIONS);
        Map<String, String> hashes = new LinkedHashMap<>();
        List<BackupManifest.Table> tables = snapshot.tables();
        List<BackupManifest.Sequence> sequences = snapshot.sequences();
        List<BackupManifest.Migrations> migrations = snapshot.migrations(tables);
        List<BackupManifest.Table> copied = new ArrayList<>();
        List<BackupManifest.DataFile> files = new ArrayList<>();
        // Owner-only before the first byte, though everything in it but the manifest is encrypted: what
        // the manifest says (tables, row counts, the hub's version) is nobody else's business either.
        OwnerOnly.createFile(file);
        try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            // Every entry but the small manifest is encrypted, so deflated before (tables) or not worth it (a keystore).
            zip.setLevel(Deflater.NO_COMPRESSION);
            zip.setComment(FileSeal.PLACEHOLDER);
            long rows = 0;
            for (BackupManifest.Table table : tables) {
                long[] count = new long[1];
                hashes.put(table.entry(), entry(zip, table.entry(), out -> {
                    // Table rows compress well, attachments (already compressed, mostly) do not: speed over size.
                    var deflater = new Deflater(Deflater.BEST_SPEED);
                    try (var deflating = new DeflaterOutputStream(cipher.encryptingTable(table.entry(), out), deflater, 1 << 16)) {
                        count[0] = snapshot.copy(table, deflating);
                    }
                    finally {
                        deflater.end();
                    }
                }));
                copied.add(new BackupManifest.Table(table.schema(), table.name(), table.columns(), count[0], table.entry()));
                rows += count[0];
                progress.printf("backup: %d/%d tables, %,d rows (%s.%s: %,d)%n", copied.size(), tables.size(), rows,
                        table.schema(), table.name(), count[0]);
            }
            hashes.put(BackupManifest.PASSWORD_CHECK, entry(zip, BackupManifest.PASSWORD_CHECK,
                    out -> out.write(cipher.encrypt(BackupManifest.PASSWORD_CHECK, BackupManifest.PASSWORD_CHECK_TEXT))));
            for (Path path : dataFiles(dataDirectory)) {
                String relative = dataDirectory.relativize(path).toString().replace('\\', '/');
                String name = "files/" + relative + ".aes";
                byte[] plain = Files.readAllBytes(path);
                hashes.put(name, entry(zip, name, out -> out.write(cipher.encrypt(name, plain))));
                files.add(new BackupManifest.DataFile(relative, name));
                progress.printf("backup: file %s (encrypted)%n", relative);
            }
            var manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, origin.hubVersion(),
                    origin.node(), snapshot.takenAt(),
                    new BackupManifest.Encryption(BackupCipher.KDF, BackupCipher.ITERATIONS,
                            Base64.getEncoder().encodeToString(salt), BackupCipher.CIPHER, BackupCipher.TABLE_CIPHER),
                    migrations, copied, sequences, files, hashes);
            byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
            entry(zip, BackupManifest.MANIFEST, out -> out.write(json));
            entry(zip, BackupManifest.SIGNATURE, out -> out.write(HexFormat.of().formatHex(cipher.sign(json))
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            return manifest;
        }
    }

    /**
     * The files a restored hub needs from its data directory (its keystore under {@code keys/}):
     * everything but the database's own directory, its password (a restore makes a new database with
     * its own) and the lock file.
     */
    static List<Path> dataFiles(Path dataDirectory) throws IOException {
        if (!Files.isDirectory(dataDirectory)) {
            return List.of();
        }
        Path pg = dataDirectory.resolve("pg");
        try (Stream<Path> walk = Files.walk(dataDirectory)) {
            return walk.filter(path -> !path.startsWith(pg))
                    .filter(path -> Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> !path.equals(dataDirectory.resolve("hub.lock")))
                    .filter(path -> !path.toString().startsWith(EmbeddedDatabase.passwordFile(dataDirectory).toString())) // and its .new
                    .sorted()
                    .toList();
        }
    }

    /** Something that writes an entry's bytes. */
    private interface EntryContent {
        void writeTo(OutputStream out) throws IOException, SQLException;
    }

    /** Writes one entry and returns the SHA-256 of its bytes, in hex. */
    private static String entry(ZipOutputStream zip, String name, EntryContent content) throws IOException, SQLException {
        zip.putNextEntry(new ZipEntry(name));
        var digest = new DigestOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() {
                // the entry is closed by closeEntry, the archive by its owner
            }
        }, sha256());
        content.writeTo(digest);
        digest.flush();
        zip.closeEntry();
        return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
