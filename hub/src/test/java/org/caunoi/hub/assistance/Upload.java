package org.caunoi.hub.assistance;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.caunoi.hub.HubClient;

/** A file posted as a browser's form would post it ({@code multipart/form-data}, field {@code file}). */
record Upload(String fileName, byte[] content) {

    /** A small PDF, different each time so its hash is its own. */
    static Upload pdf(String fileName) {
        return new Upload(fileName, ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    HttpResponse<String> postAs(HubClient client, String path) {
        String boundary = UUID.randomUUID().toString();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
}
