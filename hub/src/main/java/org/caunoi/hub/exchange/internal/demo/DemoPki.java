package org.caunoi.hub.exchange.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.keys.Certificates;
import org.caunoi.hub.exchange.internal.keys.HubKeys;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.OwnerOnly;

/**
 * The demo network's public key infrastructure: one demo CA and a key pair with certificate per
 * node, created once in a folder the demo hubs share, so each hub finds its own PKCS#12 keystore and
 * the other nodes' certificates there. Demo keys only: anyone with the folder can read them.
 */
public final class DemoPki {

    private static final String CA_ALIAS = "demo-ca";
    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final char[] password;
    private final Clock clock;

    /** This demo hub's network PKI (under its data directory), with a key pair for every node of the network. */
    static DemoPki ofTheNetwork(HubProperties hub, ExchangeProperties exchange, Clock clock) {
        DemoPki pki = new DemoPki(exchange.demoPkiPath(hub.dataPath()), exchange.keystorePassword(true).orElseThrow(), clock);
        pki.ensure(exchange.demoNetwork().keySet());
        return pki;
    }

    public DemoPki(Path folder, String password, Clock clock) {
        this.folder = folder;
        this.password = password.toCharArray();
        this.clock = clock;
    }

    /** Creates the CA and the keys of the given nodes that are missing; safe when several hubs start at once. */
    public void ensure(Collection<String> nodes) {
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                KeyStore ca = Files.exists(caFile()) ? load(caFile()) : createCa();
                for (String node : nodes) {
                    if (!Files.exists(keystoreFile(node))) {
                        createNode(node, ca);
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the demo keys in " + folder, e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the demo keys in " + folder, e);
        }
    }

    /** Copies the node's keystore to {@code target} unless one is there already. */
    public void installKeystore(String node, Path target) {
        try {
            if (!Files.exists(target)) {
                OwnerOnly.directory(java.util.Objects.requireNonNull(target.getParent(), "a keystore's folder"));
                Files.copy(keystoreFile(node), target, StandardCopyOption.COPY_ATTRIBUTES);
                OwnerOnly.file(target);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node's certificate in PEM. */
    public String certificatePem(String node) {
        try {
            return Files.readString(folder.resolve(node + ".pem"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path keystoreFile(String node) {
        return folder.resolve(node + ".p12");
    }

    private Path caFile() {
        return folder.resolve("demo-ca.p12");
    }

    private KeyStore createCa() throws GeneralSecurityException, IOException {
        KeyPair keys = rsa();
        X500Name name = new X500Name("CN=CauNoi Demo Network CA, O=CauNoi demo, C=VN");
        Instant now = clock.instant();
        var extensions = new JcaX509ExtensionUtils();
        var builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALIDITY)), name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        X509Certificate certificate = sign(builder, keys.getPrivate());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(CA_ALIAS, keys.getPrivate(), password, new Certificate[] {certificate});
        save(store, caFile());
        Files.writeString(folder.resolve("demo-ca.pem"), Certificates.pem(certificate));
        return store;
    }

    private void createNode(String node, KeyStore ca) throws GeneralSecurityException, IOException {
        PrivateKey caKey = (PrivateKey) ca.getKey(CA_ALIAS, password);
        X509Certificate caCertificate = (X509Certificate) ca.getCertificate(CA_ALIAS);
        KeyPair keys = rsa();
        Instant now = clock.instant();
        var extensions = new JcaX509ExtensionUtils();
        var builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)),
                new X500Name("CN=CauNoi demo hub " + node + ", O=CauNoi demo, C=" + country(node)), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.dataEncipherment))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(caCertificate));
        X509Certificate certificate = sign(builder, caKey);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(HubKeys.KEY_ALIAS, keys.getPrivate(), password, new Certificate[] {certificate, caCertificate});
        save(store, keystoreFile(node));
        Files.writeString(folder.resolve(node + ".pem"), Certificates.pem(certificate));
    }

    private static String country(String node) {
        return node.length() == 2 ? node : "VN";
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(63, RANDOM);
    }

    private static X509Certificate sign(org.bouncycastle.cert.X509v3CertificateBuilder builder, PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
        }
        catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private KeyStore load(Path file) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private void save(KeyStore store, Path file) throws GeneralSecurityException, IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
