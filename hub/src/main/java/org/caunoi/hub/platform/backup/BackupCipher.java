package org.caunoi.hub.platform.backup;

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

/**
 * The backup password turned into keys (PBKDF2 with HMAC-SHA256) that encrypt the data directory's
 * files with AES-256-GCM and sign the manifest with HMAC-SHA256, all from the JDK's providers. An
 * entry's name is part of what GCM authenticates, so encrypted entries cannot be swapped.
 */
final class BackupCipher {

    static final String KDF = "PBKDF2WithHmacSHA256";
    static final String CIPHER = "AES/GCM/NoPadding";
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
    static final int ITERATIONS = 600_000;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec macKey;
    private final SecureRandom random = new SecureRandom();

    private BackupCipher(byte[] keys) {
        this.encryptionKey = new SecretKeySpec(keys, 0, 32, "AES");
        this.macKey = new SecretKeySpec(keys, 32, 32, "HmacSHA256");
        Arrays.fill(keys, (byte) 0);
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
            cipher.updateAAD(entryName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
            cipher.updateAAD(entryName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        }
        catch (AEADBadTagException e) {
            throw e;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    byte[] sign(byte[] manifest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac.doFinal(manifest);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    boolean signed(byte[] manifest, byte[] signature) {
        return MessageDigest.isEqual(sign(manifest), signature);
    }
}
