package org.caunoi.hub.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An AS4 request exactly as it goes on the wire (headers and bytes), so a test can post it as many
 * times as it likes, or post bytes no AS4 library would make.
 */
record WireMessage(String messageId, Map<String, String> headers, byte[] body) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Headers the JDK's client sets itself and refuses from callers. */
    private static final Set<String> SET_BY_CLIENT = Set.of("content-length", "connection", "host", "expect", "upgrade");

    static WireMessage soap(String xml) {
        return new WireMessage("", Map.of("Content-Type", "application/soap+xml; charset=UTF-8"),
                xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The SOAP document as the root part of a MIME message, the way AS4 messages with attachments travel. */
    static WireMessage soapInMime(String xml) {
        String boundary = "caunoi-test-boundary";
        String body = "--" + boundary + "\r\nContent-Type: application/soap+xml; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: binary\r\nContent-ID: <root.message@caunoi.test>\r\n\r\n" + xml
                + "\r\n--" + boundary + "--\r\n";
        return new WireMessage("", Map.of("Content-Type", "multipart/related; boundary=\"" + boundary
                + "\"; type=\"application/soap+xml\"", "MIME-Version", "1.0"), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts to the {@code /as4} endpoint of the hub on {@code port}. */
    As4Answer postTo(int port) {
        return postTo(port, HTTP);
    }

    /** Posts from another loopback address ({@code 127.0.0.2} and up), as a sender on another machine would. */
    As4Answer postTo(int port, InetAddress from) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).localAddress(from).build()) {
            return postTo(port, client);
        }
    }

    private As4Answer postTo(int port, HttpClient client) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/as4"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase())) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new As4Answer(response.statusCode(), response.body());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the hub answered: a signal message with a receipt or ebMS errors, or a bare HTTP error. */
    record As4Answer(int status, String body) {

        private static final Pattern ERROR_CODE = Pattern.compile("errorCode=\"(EBMS:\\d{4})\"");
        private static final Pattern RECEIPT = Pattern.compile("<(\\w+:)?Receipt[\\s>]");

        List<String> errorCodes() {
            return ERROR_CODE.matcher(body).results().map(match -> match.group(1)).toList();
        }

        boolean isReceipt() {
            return RECEIPT.matcher(body).find() && errorCodes().isEmpty();
        }

        @Override
        public String toString() {
            return "HTTP " + status + ": " + body;
        }
    }
}
