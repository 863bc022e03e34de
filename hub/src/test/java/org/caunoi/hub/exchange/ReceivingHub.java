package org.caunoi.hub.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.cert.X509Certificate;

import javax.sql.DataSource;

import org.caunoi.hub.exchange.internal.keys.Certificates;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Hong Kong hub of a demo network of its own, started for one test class that posts to its
 * {@code /as4}: its port and database, and the keys a test signs and encrypts with (Vietnam's
 * signing key, Hong Kong's certificate).
 */
final class ReceivingHub implements AutoCloseable {

    final DemoHubs network = new DemoHubs();
    final ConfigurableApplicationContext context;
    final int port;
    final JdbcClient database;
    final SenderKey vietnam;
    final X509Certificate hongKong;

    ReceivingHub(String... arguments) {
        context = network.startHk(arguments);
        port = DemoHubs.port(context);
        database = JdbcClient.create(context.getBean(DataSource.class));
        vietnam = SenderKey.demoNode(network.pki, "VN");
        try {
            hongKong = Certificates.parsePem(Files.readString(network.pki.resolve("HK.pem")));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
