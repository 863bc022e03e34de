package org.caunoi.hub.exchange.internal.keys;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/** Reading certificates from PEM and naming them by fingerprint. */
public final class Certificates {

    private Certificates() {
    }

    public static X509Certificate parsePem(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an X.509 certificate in PEM form", e);
        }
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        }
        catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Whether a certificate is the one a partner registered: same encoding, nothing less. */
    public static boolean same(@Nullable X509Certificate expected, @Nullable X509Certificate actual) {
        return expected != null && actual != null && sha256(expected).equals(sha256(actual));
    }

    public static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
