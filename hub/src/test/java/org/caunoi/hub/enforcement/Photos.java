package org.caunoi.hub.enforcement;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.caunoi.hub.HubClient;

/**
 * Real image files drawn for the test (ImageIO), and the two HTTP calls the photo tests make: a
 * multipart upload to the API and a read of a photo's bytes with its headers.
 */
final class Photos {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Photos() {
    }

    /** A small image in {@code format} ("png" or "jpg"), its colour telling one from another. */
    static byte[] image(String format, Color colour) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static HttpResponse<String> upload(int port, String officer, long caseId, String fileName, byte[] content) {
        return upload(port, officer, caseId, fileName, content, "en");
    }

    static HttpResponse<String> upload(int port, String officer, long caseId, String fileName, byte[] content,
            String language) {
        return uploadInPart(port, officer, caseId, "file", fileName, content, language);
    }

    /** An upload with the photo in a part of that name (the API takes it as {@code file}). */
    static HttpResponse<String> uploadInPart(int port, String officer, long caseId, String part, String fileName,
            byte[] content, String language) {
        return upload(port, officer, caseId, part, fileName, content, language, false);
    }

    /** An upload sent in chunks, declaring no length: only reading the parts tells how large it is. */
    static HttpResponse<String> uploadInChunks(int port, String officer, long caseId, String fileName, byte[] content,
            String language) {
        return upload(port, officer, caseId, "file", fileName, content, language, true);
    }

    private static HttpResponse<String> upload(int port, String officer, long caseId, String part, String fileName,
            byte[] content, String language, boolean inChunks) {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(uri(port, "/api/enforcement/cases/" + caseId + "/photos?lang=" + language))
                .header("Authorization", basic(officer)).header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(inChunks ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A photo's bytes with the answer's headers, read as the officer. */
    static HttpResponse<byte[]> read(int port, String officer, String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Authorization", basic(officer)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String officer) {
        HubClient client = HubClient.as(0, officer);
        return "Basic " + Base64.getEncoder().encodeToString((client.username() + ":" + client.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
