package org.caunoi.hub.exchange.internal.versions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a partner hub's {@code GET /schemas} list (public on every CauNoi hub) at its base address, its
 * AS4 endpoint without {@code /as4}, and says the highest version it lists of each type. Redirects are
 * not followed and the answer is read only up to a size no schema list comes near.
 */
@Component
class PartnerSchemaLists {

    /** An officer waits on it when saving a connection: a hub that does not answer soon is reported, not awaited. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** A list of every type and version is a few kilobytes; more is no schema list. */
    private static final int MAX_BYTES = 256 * 1024;
    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** {@code https://hub.hk.example/as4} → {@code https://hub.hk.example/schemas}. */
    static URI listAddress(String endpointUrl) {
        String base = endpointUrl.strip().replaceFirst("/+$", "").replaceFirst("/as4$", "");
        return URI.create(base + "/schemas");
    }

    /**
     * The highest version listed per type ({@code enforcement/CaseReport} → 2).
     *
     * @throws VersionListUnreadable (without the partner's name yet) when the hub does not answer, answers with an error, or not with such a list
     */
    Map<String, Integer> highestVersions(String endpointUrl) {
        URI address;
        try {
            address = listAddress(endpointUrl);
        }
        catch (IllegalArgumentException e) {
            throw new VersionListUnreadable("exchange.versions.error.unreachable", endpointUrl);
        }
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = http.send(HttpRequest.newBuilder(address).timeout(TIMEOUT).header("Accept", "application/json").GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BYTES + 1);
            }
        }
        catch (IOException e) {
            throw new VersionListUnreadable("exchange.versions.error.unreachable", address.toString());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VersionListUnreadable("exchange.versions.error.unreachable", address.toString());
        }
        if (response.statusCode() != 200) {
            throw new VersionListUnreadable("exchange.versions.error.status", address.toString(),
                    String.valueOf(response.statusCode()));
        }
        Map<String, Integer> highest = body.length > MAX_BYTES ? Map.of() : parse(body);
        if (highest.isEmpty()) {
            throw new VersionListUnreadable("exchange.versions.error.not-a-list", address.toString());
        }
        return highest;
    }

    /** The list's entries ({@code {"type": …, "schema": …}}) with a versioned schema; empty when it is no such list. */
    private static Map<String, Integer> parse(byte[] body) {
        JsonNode list;
        try {
            list = JSON.readTree(body);
        }
        catch (JacksonException e) {
            return Map.of();
        }
        Map<String, Integer> highest = new TreeMap<>();
        if (list == null || !list.isArray()) {
            return highest;
        }
        for (JsonNode entry : list) {
            JsonNode type = entry.get("type");
            JsonNode schema = entry.get("schema");
            if (type == null || schema == null || !type.isString() || !schema.isString()) {
                continue;
            }
            SchemaVersion.of(schema.asString()).ifPresent(version -> highest.merge(type.asString(), version, Math::max));
        }
        return highest;
    }
}
