package org.caunoi.hub.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;

/**
 * The backup password turned into keys (PBKDF2 with HMAC-SHA256) that encrypt the data directory's
 * files with AES-256-GCM (the JDK's) and the tables with Tink's streaming AES-256-GCM-HKDF, and sign
 * the manifest with HMAC-SHA256. An entry's name is part of what GCM authenticates, so encrypted
 * entries cannot be swapped.
 */
final class BackupCipher {

    static final String KDF = "PBKDF2WithHmacSHA256";
    static final String CIPHER = "AES/GCM/NoPadding";
    /**
     * How tables are stored (backup format 2 on): deflated, then encrypted with Tink's streaming
     * AEAD in 1 MiB segments (ciphertext does not compress, so the zip stores them as they are).
     */
    static final String TABLE_CIPHER = "DEFLATE+AES256_GCM_HKDF_1MB";
    private static final int TABLE_SEGMENT_BYTES = 1 << 20;
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
    static final int ITERATIONS = 600_000;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec macKey;
    private final StreamingAead tables;
    private final SecureRandom random = new SecureRandom();

    private BackupCipher(byte[] keys) {
        this.encryptionKey = new SecretKeySpec(keys, 0, 32, "AES");
        this.macKey = new SecretKeySpec(keys, 32, 32, "HmacSHA256");
        // The tables' key is derived apart from the files' (one key, one use); a third PBKDF2 block
        // would cost another 600,000 rounds for nothing.
        byte[] tableKey = hmac(macKey, "caunoi backup tables".getBytes(StandardCharsets.UTF_8));
        try {
            this.tables = new AesGcmHkdfStreaming(tableKey, "HmacSha256", 32, TABLE_SEGMENT_BYTES, 0);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM-HKDF streaming is not available", e);
        }
        finally {
            Arrays.fill(tableKey, (byte) 0);
            Arrays.fill(keys, (byte) 0);
        }
    }

    static byte[] newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    static BackupCipher fromPassword(char[] password, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(password, salt, iterations, 512);
            byte[] keys = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new BackupCipher(keys);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks " + KDF, e);
        }
    }

    /** The IV followed by the ciphertext and its tag. */
    byte[] encrypt(String entryName, byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(entryName.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain bytes; a {@link AEADBadTagException} when the password is wrong or the bytes were changed. */
    byte[] decrypt(String entryName, byte[] sealed) throws AEADBadTagException {
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new AEADBadTagException("too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(entryName.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        }
        catch (AEADBadTagException e) {
            throw e;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A table's bytes written through this stream reach {@code out} encrypted; closing it closes {@code out}. */
    OutputStream encryptingTable(String entryName, OutputStream out) throws IOException {
        try {
            return tables.newEncryptingStream(out, entryName.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM-HKDF streaming is not available", e);
        }
    }

    /** A table's plain bytes; reading throws an {@link IOException} where they were changed or cut short. */
    InputStream decryptingTable(String entryName, InputStream in) throws IOException {
        try {
            return tables.newDecryptingStream(in, entryName.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM-HKDF streaming is not available", e);
        }
    }

    byte[] sign(byte[] manifest) {
        return hmac(macKey, manifest);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(bytes);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    boolean signed(byte[] manifest, byte[] signature) {
        return MessageDigest.isEqual(sign(manifest), signature);
    }
}
