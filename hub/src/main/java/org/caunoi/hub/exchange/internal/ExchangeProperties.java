package org.caunoi.hub.exchange.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the exchange ({@code caunoi.exchange.*}): the keystore, the demo network, and how
 * hard the sender tries before a message goes to the dead-letter list.
 *
 * @param keystorePassword the password of this hub's keystore; empty when none was given, which only
 *        demo mode makes up for (with the demo network's {@value #DEMO_KEYSTORE_PASSWORD})
 * @param demoNetwork the AS4 endpoint of every node of the demo network, by node code
 * @param demoPki the folder the demo network's CA and node keys are created in and shared from;
 *        by default {@code demo-pki} beside the data directory, so two demo hubs find the same one
 * @param firstRetry the wait after the first failed attempt; each later wait doubles, up to {@code maxRetry}
 * @param giveUpAfter how long after queuing a message still undelivered goes to the dead-letter list
 * @param maxPayloadBytes the largest content sent or accepted, once decompressed
 * @param maxRequestBytes the largest request body {@code /as4} reads; by default the payload limit
 *        plus a third (a payload carried base64-encoded in the SOAP body) plus 256 KiB of envelope
 * @param senderPaused true to deliver nothing (tests that need a message to stay queued)
 * @param sendLease how long a sender holds a message it claimed before another may take it over
 *        (longer than the HTTP client's timeouts, so a slow partner is not sent the message twice at once)
 * @param allowedEndpointSchemes the URL schemes a partner's endpoint may use (http and https by default)
 * @param allowedEndpointNetworks CIDRs a partner's endpoint may resolve into beside public addresses
 *        (loopback and private ones pass by default only in demo mode)
 */
@ConfigurationProperties("caunoi.exchange")
public record ExchangeProperties(
        @Nullable String partyId,
        String keystorePassword,
        @Nullable String demoPki,
        Map<String, String> demoNetwork,
        Duration pollInterval,
        Duration firstRetry,
        Duration maxRetry,
        Duration giveUpAfter,
        int maxPayloadBytes,
        long maxRequestBytes,
        int batchSize,
        boolean senderPaused,
        Duration sendLease,
        List<String> allowedEndpointSchemes,
        List<String> allowedEndpointNetworks) {

    /** The password of the demo network's keystores: known to everyone, so never a default outside demo mode. */
    public static final String DEMO_KEYSTORE_PASSWORD = "caunoi-demo";

    public ExchangeProperties {
        keystorePassword = keystorePassword == null || keystorePassword.isBlank() ? "" : keystorePassword;
        Map<String, String> network = new LinkedHashMap<>(defaultDemoNetwork());
        if (demoNetwork != null) {
            demoNetwork.forEach((node, url) -> network.put(node.toUpperCase(Locale.ROOT), url));
        }
        demoNetwork = Map.copyOf(network);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        firstRetry = firstRetry == null ? Duration.ofSeconds(2) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofMinutes(10) : maxRetry;
        giveUpAfter = giveUpAfter == null ? Duration.ofDays(2) : giveUpAfter;
        maxPayloadBytes = maxPayloadBytes <= 0 ? 5 * 1024 * 1024 : maxPayloadBytes;
        maxRequestBytes = maxRequestBytes <= 0 ? maxPayloadBytes + maxPayloadBytes / 3 + 256 * 1024 : maxRequestBytes;
        batchSize = batchSize <= 0 ? 20 : batchSize;
        sendLease = sendLease == null ? Duration.ofMinutes(5) : sendLease;
        allowedEndpointSchemes = allowedEndpointSchemes == null || allowedEndpointSchemes.isEmpty()
                ? List.of("https", "http") : List.copyOf(allowedEndpointSchemes);
        allowedEndpointNetworks = allowedEndpointNetworks == null ? List.of() : List.copyOf(allowedEndpointNetworks);
    }

    /**
     * The demo network as {@code scripts/demo-network.sh} starts it: Vietnam, Hong Kong, China and
     * Lao PDR on ports 8080 to 8082 of this machine.
     */
    public static Map<String, String> defaultDemoNetwork() {
        Map<String, String> network = new LinkedHashMap<>();
        network.put("VN", "http://127.0.0.1:8080/as4");
        network.put("HK", "http://127.0.0.1:8081/as4");
        network.put("LA", "http://127.0.0.1:8082/as4");
        return network;
    }

    /** The keystore's password: the one given, else in demo mode the demo network's; empty outside it when none was given. */
    public Optional<String> keystorePassword(boolean demo) {
        if (!keystorePassword.isEmpty()) {
            return Optional.of(keystorePassword);
        }
        return demo ? Optional.of(DEMO_KEYSTORE_PASSWORD) : Optional.empty();
    }

    /** This hub's AS4 party id: the configured one, or {@code urn:caunoi:hub:<node>}. */
    public String partyIdOf(String node) {
        return partyId == null || partyId.isBlank() ? demoPartyId(node) : partyId;
    }

    public static String demoPartyId(String node) {
        return "urn:caunoi:hub:" + node;
    }

    public Path demoPkiPath(Path dataDir) {
        return demoPki == null || demoPki.isBlank() ? dataDir.resolveSibling("demo-pki")
                : Path.of(demoPki).toAbsolutePath().normalize();
    }
}
