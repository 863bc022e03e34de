package org.caunoi.hub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document at {@code /v3/api-docs}, as a partner's engineer generating a client reads it:
 * reachable with the credentials it advertises, with the statuses the hub really answers and the errors in
 * problem details, and with list filters as separate query parameters.
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

    @Test
    void declaresTheRealStatusOfCreationAndTheProblemResponses() {
        String docs = HubClient.as(port, "viewer").get("/v3/api-docs").body();

        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.paths['/api/enforcement/cases'].post.responses"))
                .containsKeys("201", "400", "401", "403", "429").doesNotContainKey("200");
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.paths['/api/exchange/ping'].post.responses"))
                .containsKey("202").doesNotContainKey("200");
        assertThat(JsonPath.<String>read(docs,
                "$.paths['/api/enforcement/cases'].post.responses['400'].content['application/problem+json'].schema.$ref"))
                .isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.components.schemas.ProblemDetail.properties"))
                .containsKeys("type", "title", "status", "detail", "errors");
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.paths['/api/agreements/{id}'].get.responses"))
                .as("a path with an id").containsKeys("200", "404");
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.paths['/api/partners'].get.responses"))
                .as("no id, no 404").doesNotContainKey("404");
    }

    @Test
    void listFiltersAreSeparateOptionalQueryParameters() {
        String docs = HubClient.as(port, "viewer").get("/v3/api-docs").body();

        assertThat(JsonPath.<List<String>>read(docs, "$.paths['/api/enforcement/cases'].get.parameters[*].name"))
                .contains("category", "unit", "from", "sharedWith", "page", "size").doesNotContain("filter");
        assertThat(JsonPath.<List<String>>read(docs, "$.paths['/api/assistance/requests'].get.parameters[*].name"))
                .contains("direction", "partner", "year").doesNotContain("params");
        assertThat(JsonPath.<List<Object>>read(docs, "$.paths[*][*].parameters[?(@.required == true && @.in == 'query' "
                + "&& (@.name == 'filter' || @.name == 'params'))]")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(docs, "$.paths[*][*].parameters[?(@.in == 'query' && @.schema.type == 'object')]"))
                .as("no query parameter is an object a client cannot write").isEmpty();
    }
}
