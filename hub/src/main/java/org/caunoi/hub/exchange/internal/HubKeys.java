package org.caunoi.hub.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.caunoi.hub.platform.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This hub's signing and decryption key: a PKCS#12 keystore at {@code <data-dir>/keys/hub.p12}. In demo
 * mode a missing keystore comes from the demo network's PKI, created on first need.
 */
@Component
public class HubKeys {

    private static final Logger log = LoggerFactory.getLogger(HubKeys.class);

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;
    private final List<X509Certificate> chain;

    HubKeys(HubProperties hub, ExchangeProperties exchange, Clock clock) {
        this.password = exchange.keystorePassword().toCharArray();
        Path file = keystoreFile(hub.dataPath());
        if (!Files.exists(file) && hub.demo()) {
            DemoPki pki = new DemoPki(exchange.demoPkiPath(hub.dataPath()), exchange.keystorePassword(), clock);
            pki.ensure(exchange.demoNetwork().keySet());
            pki.installKeystore(hub.node(), file);
            log.info("Demo keys of node {} installed at {} from the demo PKI in {}", hub.node(), file,
                    exchange.demoPkiPath(hub.dataPath()));
        }
        if (!Files.exists(file)) {
            throw new IllegalStateException("No keystore at " + file + ": put this hub's PKCS#12 keystore there (alias '"
                    + DemoPki.KEY_ALIAS + "', password caunoi.exchange.keystore-password) or start in demo mode.");
        }
        this.keyStore = load(file, password);
        try {
            this.certificate = (X509Certificate) keyStore.getCertificate(DemoPki.KEY_ALIAS);
            Certificate[] entries = keyStore.getCertificateChain(DemoPki.KEY_ALIAS);
            this.chain = Stream.of(entries).map(X509Certificate.class::cast).toList();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keystore " + file + " has no key '" + DemoPki.KEY_ALIAS + "'", e);
        }
    }

    public static Path keystoreFile(Path dataDir) {
        return dataDir.resolve("keys").resolve("hub.p12");
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public String alias() {
        return DemoPki.KEY_ALIAS;
    }

    public char[] password() {
        return password.clone();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificates above ours (the CA), which our partners' certificates may also chain to. */
    public List<X509Certificate> issuers() {
        return chain.subList(1, chain.size());
    }

    private static KeyStore load(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the keystore " + file, e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the keystore " + file + " (wrong password?)", e);
        }
    }
}
