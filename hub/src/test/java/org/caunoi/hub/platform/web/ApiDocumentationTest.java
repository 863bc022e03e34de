package org.caunoi.hub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.assistance.internal.RequestKind;
import org.caunoi.hub.assistance.internal.Subject;
import org.caunoi.hub.enforcement.internal.CaseCodes;
import org.caunoi.hub.exchange.Caveat;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Codes;
import org.jspecify.annotations.Nullable;
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

    /** Every operation that can answer 409, found by what throws a conflict and which operations reach it. */
    private static final List<String> CONFLICTING = List.of(
            "put /api/enforcement/cases/{id}", // the version sent is not the current one
            "put /api/agreements/{id}", // the same, for an agreement
            "post /api/officers", // the user name is taken
            "post /api/exchange/ping", // the partner's hub connection is not set up
            "post /api/exchange/messages/{messageId}/resend", // not a dead letter
            // steps the request's state does not allow
            "put /api/assistance/requests/{id}", "delete /api/assistance/requests/{id}",
            "post /api/assistance/requests/{id}/attachments", "post /api/assistance/requests/{id}/approve",
            "post /api/assistance/requests/{id}/sent-elsewhere", "post /api/assistance/requests/{id}/answer",
            "post /api/assistance/requests/{id}/remind", "post /api/assistance/requests/{id}/courtesy-reminder",
            "post /api/assistance/requests/{id}/close");

    @Test
    void conflictIsDeclaredExactlyWhereTheHubCanAnswerIt() {
        String docs = HubClient.as(port, "viewer").get("/v3/api-docs").body();

        assertThat(operationsAnswering(docs, "409")).containsExactlyInAnyOrderElementsOf(CONFLICTING);
        assertThat(JsonPath.<String>read(docs, "$.paths['/api/assistance/requests/{id}/approve'].post.responses['409']"
                + ".content['application/problem+json'].schema.$ref")).isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(JsonPath.<String>read(docs, "$.paths['/api/officers'].post.responses['409'].description"))
                .isEqualTo("The user name is taken");
    }

    @Test
    void everyOperationDeclaresTheServiceUnavailableOfADatabaseThatDoesNotAnswer() {
        String docs = HubClient.as(port, "viewer").get("/v3/api-docs").body();

        List<String> operations = operationsAnswering(docs, null);
        assertThat(operations).hasSizeGreaterThan(50);
        assertThat(operationsAnswering(docs, "503")).containsExactlyInAnyOrderElementsOf(operations);
        assertThat(JsonPath.<String>read(docs, "$.paths['/api/partners'].get.responses['503']"
                + ".content['application/problem+json'].schema.$ref")).isEqualTo("#/components/schemas/ProblemDetail");
    }

    @Test
    void theAssistanceListsCodedFiltersListTheirCodes() {
        String docs = HubClient.as(port, "viewer").get("/v3/api-docs").body();

        assertThat(codes(docs, "/api/assistance/requests", "get", "direction")).containsExactlyInAnyOrder("in", "out");
        assertThat(codes(docs, "/api/assistance/requests", "get", "kind")).containsExactlyElementsOf(
                Codes.valid(RequestKind.class)).contains("verification-of-origin");
        assertThat(codes(docs, "/api/assistance/requests", "get", "subject")).containsExactlyElementsOf(
                Codes.valid(Subject.class)).contains("origin-fraud");
        assertThat(codes(docs, "/api/assistance/requests", "get", "measure"))
                .containsExactly("received", "sent", "answered", "overdue");
        assertThat(JsonPath.<List<String>>read(docs, "$.paths['/api/assistance/requests'].get.parameters"
                + "[?(@.name == 'direction')].description")).containsExactly("in (this hub was asked) or out (this hub asked)");
        // The codes as written: a list filtered by one of them answers.
        for (String kind : codes(docs, "/api/assistance/requests", "get", "kind")) {
            assertThat(HubClient.as(port, "supervisor").get("/api/assistance/requests?size=1&kind=" + kind).statusCode())
                    .as(kind).isEqualTo(200);
        }
    }

    @Test
    void codedFieldsOfRequestBodiesListTheCodesTheHubChecksAgainst() {
        String docs = HubClient.as(port, "viewer").get("/v3/api-docs").body();

        String newCase = bodySchema(docs, "/api/enforcement/cases", "post");
        assertThat(fieldCodes(docs, newCase, "category")).containsExactlyElementsOf(CaseCodes.CATEGORIES).contains("cites-fauna");
        assertThat(fieldCodes(docs, newCase, "placeKind")).containsExactlyElementsOf(CaseCodes.PLACE_KINDS);
        assertThat(fieldCodes(docs, newCase, "procedure")).containsExactlyElementsOf(CaseCodes.PROCEDURES);
        assertThat(fieldCodes(docs, newCase, "detectionMethod")).containsExactlyElementsOf(CaseCodes.DETECTION_METHODS);
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.components.schemas." + newCase + ".properties.description"))
                .as("free text has no codes").doesNotContainKey("enum");
        String quantity = referenced(docs, "$.components.schemas." + newCase + ".properties.quantity");
        assertThat(fieldCodes(docs, quantity, "unit")).containsExactlyElementsOf(CaseCodes.UNITS);
        String person = referenced(docs, "$.components.schemas." + newCase + ".properties.persons.items");
        assertThat(JsonPath.<List<String>>read(docs, "$.components.schemas." + person
                + ".properties.documentTypes.additionalProperties.enum")).as("a map's values").containsExactlyElementsOf(CaseCodes.DOCUMENT_TYPES);

        String newRequest = bodySchema(docs, "/api/assistance/requests", "post");
        assertThat(fieldCodes(docs, newRequest, "kind")).containsExactlyElementsOf(Codes.valid(RequestKind.class));
        assertThat(fieldCodes(docs, newRequest, "subject")).containsExactlyElementsOf(Codes.valid(Subject.class));
        assertThat(fieldCodes(docs, newRequest, "purpose")).containsExactlyElementsOf(Codes.valid(Purpose.class));

        String share = bodySchema(docs, "/api/enforcement/cases/{id}/share", "post");
        assertThat(JsonPath.<List<String>>read(docs, "$.components.schemas." + share + ".properties.caveats.items.enum"))
                .as("a list's items").containsExactlyElementsOf(Codes.valid(Caveat.class)).contains("no-onward-transmission");
        String operation = bodySchema(docs, "/api/enforcement/operations", "post");
        assertThat(JsonPath.<List<String>>read(docs, "$.components.schemas." + operation + ".properties.categories.items.enum"))
                .containsExactlyElementsOf(CaseCodes.CATEGORIES);
    }

    /** The name of the schema of an operation's JSON body. */
    private static String bodySchema(String docs, String path, String method) {
        return referenced(docs, "$.paths['" + path + "']." + method + ".requestBody.content['application/json'].schema");
    }

    private static String referenced(String docs, String schemaPath) {
        String ref = JsonPath.read(docs, schemaPath + ".$ref");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static List<String> fieldCodes(String docs, String schema, String field) {
        return JsonPath.read(docs, "$.components.schemas." + schema + ".properties." + field + ".enum");
    }

    private static List<String> codes(String docs, String path, String method, String parameter) {
        List<List<String>> found = JsonPath.read(docs, "$.paths['" + path + "']." + method + ".parameters[?(@.name == '"
                + parameter + "')].schema.enum");
        assertThat(found).as(parameter + " of " + path).hasSize(1);
        return found.getFirst();
    }

    private static final java.util.Set<String> METHODS = java.util.Set.of("get", "put", "post", "delete", "patch");

    /** The {@code /api} operations, as "method path", that declare this status (null: all of them). */
    private static List<String> operationsAnswering(String docs, @Nullable String status) {
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(docs, "$.paths");
        return paths.entrySet().stream().filter(path -> path.getKey().startsWith("/api/"))
                .flatMap(path -> path.getValue().entrySet().stream()
                        .filter(operation -> METHODS.contains(operation.getKey()))
                        .filter(operation -> status == null || ((Map<?, ?>) operation.getValue().get("responses")).containsKey(status))
                        .map(operation -> operation.getKey() + " " + path.getKey()))
                .toList();
    }
}
