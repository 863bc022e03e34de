package org.caunoi.hub.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.crypto.IAS4CryptoFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.caunoi.hub.exchange.internal.demo.DemoPki;
import org.caunoi.hub.exchange.internal.keys.HubKeys;

/** A key and certificate a hand-made AS4 message is signed with: a demo node's real one, or an impostor's. */
record SenderKey(KeyStore keyStore, String alias, char[] password, X509Certificate certificate) {

    static final String DEMO_PASSWORD = "caunoi-demo";

    /** The key of a node of the demo network, from the shared demo PKI folder ({@code <node>.p12}). */
    static SenderKey demoNode(Path pki, String node) {
        try (InputStream in = Files.newInputStream(pki.resolve(node + ".p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, DEMO_PASSWORD.toCharArray());
            return new SenderKey(store, HubKeys.KEY_ALIAS, DEMO_PASSWORD.toCharArray(),
                    (X509Certificate) store.getCertificate(HubKeys.KEY_ALIAS));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A key whose certificate the demo CA issued to a node nobody registered: trusted by its issuer,
     * so only the hub's own check of the partner's registered certificate can stop it.
     */
    static SenderKey issuedByDemoCa(Path pki, String node) {
        new DemoPki(pki, DEMO_PASSWORD, Clock.systemUTC()).ensure(List.of(node));
        return demoNode(pki, node);
    }

    /** A fresh key with a self-signed certificate: nothing any hub trusts. */
    static SenderKey selfSigned(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName + ", O=Impostor, C=XX");
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name,
                    keys.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("impostor", keys.getPrivate(), DEMO_PASSWORD.toCharArray(), new Certificate[] {certificate});
            return new SenderKey(store, "impostor", DEMO_PASSWORD.toCharArray(), certificate);
        }
        catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    IAS4CryptoFactory cryptoFactory() {
        return new AS4CryptoFactoryInMemoryKeyStore(keyStore, alias, password, null);
    }
}
