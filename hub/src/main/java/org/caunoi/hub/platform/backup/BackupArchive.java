package org.caunoi.hub.platform.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.crypto.AEADBadTagException;

import tools.jackson.core.JacksonException;

/**
 * A backup archive opened for a restore and checked whole before anything is written: a complete
 * zip, a manifest of this format signed with the given password, every entry present with its
 * SHA-256, nothing more, and the data directory's files decrypted. Entries read later for loading
 * are checked again as they stream, in case the file changed in between.
 */
final class BackupArchive implements AutoCloseable {

    private final Path path;
    private final ZipFile zip;
    private final BackupManifest manifest;
    private final Map<String, byte[]> files;
    private final BackupCipher cipher;

    private BackupArchive(Path path, ZipFile zip, BackupManifest manifest, Map<String, byte[]> files, BackupCipher cipher) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
        this.files = files;
        this.cipher = cipher;
    }

    static BackupArchive open(Path path, char[] password, PrintStream progress) throws BackupRefusedException {
        if (!Files.isRegularFile(path)) {
            throw new BackupRefusedException(path + " does not exist or is not a file: give the backup file with --from=FILE");
        }
        if (!startsLikeAZip(path)) {
            throw new BackupRefusedException(path + " is not a CauNoi hub backup (not even a zip archive): give a file "
                    + "written by the hub's backup command");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        }
        catch (IOException e) {
            throw damaged(path, "it is not a complete zip archive: " + e.getMessage(), e);
        }
        try {
            checkSeal(path, zip);
            BackupManifest manifest = manifest(path, zip);
            BackupCipher cipher = cipher(path, manifest, password);
            checkPassword(path, zip, manifest, cipher);
            checkSignature(path, zip, manifest, cipher);
            checkEntries(path, zip, manifest, progress);
            Map<String, byte[]> files = decryptFiles(path, zip, manifest, cipher);
            return new BackupArchive(path, zip, manifest, files, cipher);
        }
        catch (BackupRefusedException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    BackupManifest manifest() {
        return manifest;
    }

    /** The data directory's files, by path relative to it, decrypted. */
    Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    /**
     * A table's rows in PostgreSQL's binary COPY format, decrypted and inflated (backups of format 2
     * on) as they stream; a changed or cut entry fails the read.
     */
    InputStream openTable(BackupManifest.Table table) throws IOException {
        InputStream stored = open(table.entry());
        return manifest.encryption().tables() == null ? stored
                : new InflaterInputStream(cipher.decryptingTable(table.entry(), stored), new Inflater(), 1 << 16);
    }

    /**
     * The bytes of an entry; at their end the stream checks their SHA-256 against the manifest and
     * throws if they differ, so a loader that reads to the end never takes changed bytes.
     */
    InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException(path + " lost its entry " + name + " since it was checked");
        }
        var digest = new DigestInputStream(zip.getInputStream(entry), BackupWriter.sha256());
        String expected = manifest.sha256().get(name);
        return new FilterInputStream(digest) {
            private boolean checked;

            @Override
            public int read() throws IOException {
                int b = super.read();
                return b < 0 ? ended(b) : b;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int n = super.read(bytes, offset, length);
                return n < 0 ? ended(n) : n;
            }

            private int ended(int end) throws IOException {
                if (!checked) {
                    checked = true;
                    if (!HexFormat.of().formatHex(digest.getMessageDigest().digest()).equals(expected)) {
                        throw new IOException(path + " changed since it was checked: entry " + name + " differs");
                    }
                }
                return end;
            }
        };
    }

    /** A zip starts with a local file header's signature, PK\3\4; a backup cut short still does. */
    private static boolean startsLikeAZip(Path path) throws BackupRefusedException {
        try (InputStream in = Files.newInputStream(path)) {
            return java.util.Arrays.equals(in.readNBytes(4), new byte[] {'P', 'K', 3, 4});
        }
        catch (IOException e) {
            throw new BackupRefusedException(path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The whole file's SHA-256 first: any byte changed, zip headers included, refuses it. */
    private static void checkSeal(Path path, ZipFile zip) throws BackupRefusedException {
        try {
            if (!FileSeal.present(path)) {
                if (zip.getEntry(BackupManifest.MANIFEST) == null) {
                    throw new BackupRefusedException(path + " is not a CauNoi hub backup (it has no " + BackupManifest.MANIFEST
                            + "): give a file written by the hub's backup command");
                }
                throw damaged(path, "it does not end with the backup's seal", null);
            }
            if (!FileSeal.intact(path)) {
                throw damaged(path, "its bytes differ from the SHA-256 it was sealed with", null);
            }
        }
        catch (IOException e) {
            throw damaged(path, "it cannot be read: " + e.getMessage(), e);
        }
    }

    private static BackupManifest manifest(Path path, ZipFile zip) throws BackupRefusedException {
        if (zip.getEntry(BackupManifest.MANIFEST) == null || zip.getEntry(BackupManifest.SIGNATURE) == null) {
            throw new BackupRefusedException(path + " is not a CauNoi hub backup (it has no " + BackupManifest.MANIFEST
                    + "), or it was cut short: give a file written by the hub's backup command");
        }
        BackupManifest manifest;
        try {
            manifest = BackupWriter.JSON.readValue(read(path, zip, BackupManifest.MANIFEST), BackupManifest.class);
        }
        catch (JacksonException e) {
            throw damaged(path, "its manifest cannot be read", e);
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())) {
            throw new BackupRefusedException(path + " is not a CauNoi hub backup (its manifest says '" + manifest.format()
                    + "'): give a file written by the hub's backup command");
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new BackupRefusedException(path + " was written by a newer release (hub " + manifest.hubVersion()
                    + ", backup format " + manifest.formatVersion() + "): restore it with that release's jar");
        }
        return manifest;
    }

    private static BackupCipher cipher(Path path, BackupManifest manifest, char[] password) throws BackupRefusedException {
        var encryption = manifest.encryption();
        boolean tablesAsWritten = manifest.formatVersion() < 2
                ? encryption == null || encryption.tables() == null
                : encryption != null && BackupCipher.TABLE_CIPHER.equals(encryption.tables());
        if (encryption == null || !BackupCipher.KDF.equals(encryption.kdf()) || !BackupCipher.CIPHER.equals(encryption.cipher())
                || !tablesAsWritten || encryption.iterations() < 10_000 || encryption.iterations() > 10_000_000) {
            throw damaged(path, "its manifest names an unknown encryption", null);
        }
        try {
            return BackupCipher.fromPassword(password, Base64.getDecoder().decode(encryption.salt()), encryption.iterations());
        }
        catch (IllegalArgumentException e) {
            throw damaged(path, "its manifest's salt is not Base64", e);
        }
    }

    private static void checkPassword(Path path, ZipFile zip, BackupManifest manifest, BackupCipher cipher)
            throws BackupRefusedException {
        byte[] sealed = read(path, zip, BackupManifest.PASSWORD_CHECK);
        try {
            cipher.decrypt(BackupManifest.PASSWORD_CHECK, sealed);
        }
        catch (AEADBadTagException e) {
            if (!sha256(sealed).equals(manifest.sha256().get(BackupManifest.PASSWORD_CHECK))) {
                throw damaged(path, "entry " + BackupManifest.PASSWORD_CHECK + " differs from its SHA-256", e);
            }
            throw new BackupRefusedException("The password does not open " + path
                    + ": give the password the backup was made with (CAUNOI_BACKUP_PASSWORD or --password=...)");
        }
    }

    private static void checkSignature(Path path, ZipFile zip, BackupManifest manifest, BackupCipher cipher)
            throws BackupRefusedException {
        byte[] json = read(path, zip, BackupManifest.MANIFEST);
        byte[] signature;
        try {
            signature = HexFormat.of().parseHex(new String(read(path, zip, BackupManifest.SIGNATURE), StandardCharsets.US_ASCII).strip());
        }
        catch (IllegalArgumentException e) {
            throw damaged(path, "its manifest's signature is not hexadecimal", e);
        }
        if (!cipher.signed(json, signature)) {
            throw damaged(path, "its manifest does not match its signature (changed after the backup was written)", null);
        }
    }

    private static void checkEntries(Path path, ZipFile zip, BackupManifest manifest, PrintStream progress)
            throws BackupRefusedException {
        Set<String> expected = new HashSet<>(manifest.sha256().keySet());
        expected.add(BackupManifest.MANIFEST);
        expected.add(BackupManifest.SIGNATURE);
        Set<String> present = new HashSet<>();
        zip.stream().forEach(entry -> present.add(entry.getName()));
        if (!present.equals(expected)) {
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(present);
            present.removeAll(expected);
            throw damaged(path, "entries missing " + missing + ", entries not in its manifest " + present, null);
        }
        int checked = 0;
        for (Map.Entry<String, String> entry : manifest.sha256().entrySet()) {
            try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(entry.getKey())), BackupWriter.sha256())) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                String actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
                if (!actual.equals(entry.getValue())) {
                    throw damaged(path, "entry " + entry.getKey() + " differs from its SHA-256", null);
                }
            }
            catch (IOException e) {
                throw damaged(path, "entry " + entry.getKey() + " cannot be read: " + e.getMessage(), e);
            }
            checked++;
            if (checked % 10 == 0 || checked == manifest.sha256().size()) {
                progress.printf("restore: checked %d/%d entries%n", checked, manifest.sha256().size());
            }
        }
    }

    private static Map<String, byte[]> decryptFiles(Path path, ZipFile zip, BackupManifest manifest, BackupCipher cipher)
            throws BackupRefusedException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (BackupManifest.DataFile file : manifest.files()) {
            Path relative = Path.of(file.path()).normalize();
            if (relative.isAbsolute() || relative.startsWith("..") || relative.startsWith("pg") || relative.toString().isEmpty()) {
                throw damaged(path, "it names a file outside the data directory: " + file.path(), null);
            }
            try {
                files.put(file.path(), cipher.decrypt(file.entry(), read(path, zip, file.entry())));
            }
            catch (AEADBadTagException e) {
                throw damaged(path, "its encrypted file " + file.path() + " does not decrypt", e);
            }
        }
        return files;
    }

    private static byte[] read(Path path, ZipFile zip, String name) throws BackupRefusedException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw damaged(path, "entry " + name + " is missing", null);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw damaged(path, "entry " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(BackupWriter.sha256().digest(bytes));
    }

    private static BackupRefusedException damaged(Path path, String what, @org.jspecify.annotations.Nullable Throwable cause) {
        String message = path + " is damaged or incomplete (" + what + "): nothing was restored. Copy the backup again "
                + "from where it is kept, or use another one";
        return cause == null ? new BackupRefusedException(message) : new BackupRefusedException(message, cause);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        }
        catch (IOException ignored) {
            // refused anyway
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
