package org.caunoi.hub.exchange.internal.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.ProductionUse;
import org.caunoi.hub.platform.StartRefusedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * This hub's signing and decryption key: a PKCS#12 keystore at {@code <data-dir>/keys/hub.p12}. A missing
 * keystore may come from a {@link KeystoreSource} (in demo mode, the demo network's PKI).
 */
@Component
// Production data started in demo mode is refused for that first: the demo's password would not open
// the operator's keystore, and "wrong password" would send the operator the wrong way.
@DependsOn(ProductionUse.BEAN)
public class HubKeys {

    /** The alias of this hub's key and certificate in its keystore. */
    public static final String KEY_ALIAS = "hub";

    private static final Logger log = LoggerFactory.getLogger(HubKeys.class);
    private static final String GIVE_PASSWORD = "Give the keystore's password with --caunoi.exchange.keystore-password=..."
            + " (or the environment variable CAUNOI_EXCHANGE_KEYSTOREPASSWORD).";

    private final Path file;
    private final char[] password;
    private final @Nullable Loaded loaded;

    /** The keystore's contents, once read. */
    private record Loaded(KeyStore keyStore, X509Certificate certificate, List<X509Certificate> chain) {
    }

    HubKeys(HubProperties hub, ExchangeProperties exchange, ObjectProvider<KeystoreSource> sources) {
        this.file = keystoreFile(hub.dataPath());
        if (!Files.exists(file)) {
            sources.ifAvailable(source -> source.provide(file));
        }
        Optional<String> given = exchange.keystorePassword(hub.demo());
        if (given.isEmpty() && Files.exists(file)) {
            throw noPassword(file);
        }
        this.password = given.orElse("").toCharArray();
        // Without keys the hub still starts (partners, screens, reports work); only AS4 waits for them.
        this.loaded = Files.exists(file) ? read(file, password) : null;
        if (loaded == null) {
            log.warn(missingMessage());
        }
        else {
            openToOthers(file).ifPresent(log::warn);
        }
    }

    /**
     * A warning when the keystore or its folder may be read or changed by others than the hub's
     * operating-system user (group or others have any permission), where the file system has POSIX
     * permissions; the hub makes them owner-only itself, an operator's own keystore may not be.
     */
    static Optional<String> openToOthers(Path file) {
        Path folder = file.getParent();
        if (folder == null || !file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        try {
            String folderPermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(folder));
            String filePermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
            if (folderPermissions.endsWith("------") && filePermissions.endsWith("------")) {
                return Optional.empty();
            }
            return Optional.of("The hub's private key is not for its operating-system user only: " + folder + " is "
                    + folderPermissions + " and " + file + " is " + filePermissions + ". Run: chmod 700 " + folder
                    + " && chmod 600 " + file);
        }
        catch (IOException e) {
            return Optional.of("Cannot read the permissions of " + file + ": " + e.getMessage());
        }
    }

    /** Whether this hub has its key and certificate, without which it can neither send nor receive. */
    public boolean present() {
        return loaded != null;
    }

    private Loaded loaded() {
        if (loaded == null) {
            throw new IllegalStateException(missingMessage());
        }
        return loaded;
    }

    private String missingMessage() {
        return "No keystore at " + file + ": this hub can neither send nor receive AS4 messages until this hub's "
                + "PKCS#12 keystore is there (alias '" + KEY_ALIAS
                + "', password caunoi.exchange.keystore-password) and the hub is restarted.";
    }

    private static Loaded read(Path file, char[] password) {
        KeyStore keyStore = load(file, password);
        try {
            X509Certificate certificate = (X509Certificate) keyStore.getCertificate(KEY_ALIAS);
            Certificate[] entries = keyStore.getCertificateChain(KEY_ALIAS);
            if (certificate == null || entries == null) {
                throw new IllegalStateException("The keystore " + file + " has no key '" + KEY_ALIAS + "'");
            }
            return new Loaded(keyStore, certificate, Stream.of(entries).map(X509Certificate.class::cast).toList());
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keystore " + file + " has no key '" + KEY_ALIAS + "'", e);
        }
    }

    public static Path keystoreFile(Path dataDir) {
        return dataDir.resolve("keys").resolve("hub.p12");
    }

    public KeyStore keyStore() {
        return loaded().keyStore();
    }

    public String alias() {
        return KEY_ALIAS;
    }

    public char[] password() {
        return password.clone();
    }

    public X509Certificate certificate() {
        return loaded().certificate();
    }

    /** The certificates above ours (the CA), which our partners' certificates may also chain to. */
    public List<X509Certificate> issuers() {
        return loaded().chain().subList(1, loaded().chain().size());
    }

    private static KeyStore load(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        }
        catch (IOException e) {
            // PKCS#12 reports a wrong password as an IOException caused by an UnrecoverableKeyException.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw wrongPassword(file, e);
            }
            throw new UncheckedIOException("Cannot read the keystore " + file, e);
        }
        catch (GeneralSecurityException e) {
            throw wrongPassword(file, e);
        }
    }

    private static StartRefusedException noPassword(Path file) {
        return new StartRefusedException("The hub's AS4 keystore " + file + " is there but no password was given for it"
                + " (outside demo mode the hub knows none of its own).", GIVE_PASSWORD);
    }

    private static StartRefusedException wrongPassword(Path file, Exception cause) {
        return new StartRefusedException("The hub's AS4 keystore " + file + " does not open with the password given"
                + " (or, in demo mode without one, with the demo network's).",
                GIVE_PASSWORD, cause);
    }
}
