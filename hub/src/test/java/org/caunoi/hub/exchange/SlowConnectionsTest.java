package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.caunoi.hub.exchange.WireMessage.As4Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connections that send their headers and then a byte of the body every ten seconds used to hold
 * the hub's connections until none was left for the login page or the health check. The hub closes a
 * connection whose body stops arriving for the read timeout ({@code server.tomcat.connection-timeout},
 * 5 s), so the others are answered. The hub runs with 100 connections instead of thousands, so that a
 * test can use them all up on loopback; the timeouts are the configured ones.
 */
class SlowConnectionsTest {

    static final int MAX_CONNECTIONS = 100;
    static ReceivingHub hk;
    final List<Socket> slow = new ArrayList<>();
    final Map<Socket, String> paths = new HashMap<>();

    @BeforeAll
    static void startHongKong() {
        hk = new ReceivingHub("--server.tomcat.max-connections=" + MAX_CONNECTIONS);
    }

    @AfterAll
    static void stopHongKong() {
        if (hk != null) {
            hk.close();
        }
    }

    @AfterEach
    void closeSlowConnections() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
    }

    /** As in the attack seen: the next byte would come after ten seconds, longer than the read timeout. */
    @Test
    void connectionsWhoseBodyStopsArrivingAreClosedAndTheHubKeepsAnswering() {
        for (int i = 0; i < MAX_CONNECTIONS - 20; i++) {
            openSlowPost("/as4");
        }
        for (int i = 0; i < 20; i++) {
            openSlowPost("/login");
        }

        assertAnswersWithin("/actuator/health", Duration.ofSeconds(8));
        assertAnswersWithin("/login", Duration.ofSeconds(8));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(slow.stream()
                .filter(socket -> !closedByTheHub(socket)).map(socket -> paths.get(socket) + " " + socket.getLocalPort()).toList())
                .as("connections the hub still holds").isEmpty());
    }

    /**
     * phase4 parses with a pool of twenty XML parsers; while it read from the network, twenty senders
     * dripping a byte every second, never long enough silent for the read timeout, held them all.
     */
    @Test
    void sendersThatDripTheirBodyDoNotKeepAPartnersMessageWaiting() {
        for (int i = 0; i < 30; i++) {
            openSlowPost("/as4");
        }
        WireMessage fromVietnam = HandMadeMessage.ping(hk.vietnam, hk.hongKong).build();
        var dripping = Executors.newSingleThreadScheduledExecutor();
        dripping.scheduleAtFixedRate(() -> slow.forEach(SlowConnectionsTest::sendOneByte), 1, 1, TimeUnit.SECONDS);
        try {
            Instant start = Instant.now();
            As4Answer answer = fromVietnam.postTo(hk.port);

            assertThat(answer.isReceipt()).as(answer.toString()).isTrue();
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(4));
        }
        finally {
            dripping.shutdownNow();
        }
    }

    /** A POST that announces 100,000 bytes of body and sends one. */
    private void openSlowPost(String path) {
        try {
            var socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", hk.port), 2_000);
            slow.add(socket);
            paths.put(socket, path);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/soap+xml\r\nContent-Length: 100000\r\n\r\n<")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sendOneByte(Socket socket) {
        try {
            socket.getOutputStream().write(' ');
        }
        catch (IOException closed) {
            // the hub closed it; nothing more to drip
        }
    }

    /** True when the hub has answered and closed, or reset, the connection; false while it still waits. */
    private static boolean closedByTheHub(Socket socket) {
        try {
            socket.setSoTimeout(1);
            var in = socket.getInputStream();
            while (in.read() != -1) {
                // an error answer before the close
            }
            return true;
        }
        catch (SocketTimeoutException stillOpen) {
            return false;
        }
        catch (IOException reset) {
            return true;
        }
    }

    private static void assertAnswersWithin(String path, Duration limit) {
        Instant start = Instant.now();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(limit).build()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hk.port + path))
                    .timeout(limit).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
        catch (IOException e) {
            throw new AssertionError(path + " did not answer within " + limit, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(Duration.between(start, Instant.now())).as(path).isLessThan(limit);
    }
}
