package org.caunoi.hub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document at {@code /v3/api-docs}, as a partner's engineer generating a client reads it:
 * reachable with the credentials it advertises.
 */
@HubTest
class ApiDocumentationTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Test
    void anApiTokenReadsTheDocumentLikeAnyApiAddress() {
        var created = HubClient.as(port, "admin").postJson("/api/tokens", "{\"name\": \"client generator\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = JsonPath.read(created.body(), "$.token");

        var response = HubClient.anonymous(port).get("/v3/api-docs", Map.of("Authorization", "Bearer " + token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(response.body(), "$.components.securitySchemes.token.scheme")).isEqualTo("bearer");
        assertThat(HubClient.anonymous(port).get("/v3/api-docs", Map.of("Authorization", "Bearer caunoi_wrong")).statusCode())
                .as("a wrong token is refused").isEqualTo(401);
        assertThat(HubClient.anonymous(port).get("/v3/api-docs").statusCode()).isEqualTo(401);
    }
}
