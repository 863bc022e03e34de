package org.caunoi.hub.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The errors every {@code /api} operation can answer, in the OpenAPI document, so that a generated client
 * knows them: RFC 9457 problem details ({@code application/problem+json}, one {@code ProblemDetail} schema)
 * for 400 (with the fields in error), 401, 403, 429 and 503 everywhere, 404 where the path names a resource by
 * id, 409 where the operation says it can answer it ({@link AnswersConflict}). Declared here once rather than on
 * every operation.
 */
@Configuration(proxyBeanMethods = false)
class ProblemResponses {

    static final String SCHEMA = "ProblemDetail";

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenApiCustomizer problemResponsesCustomizer() {
        return ProblemResponses::declare;
    }

    /** The 409 of the operations that say when they answer it, and of no other. */
    @Bean
    OperationCustomizer conflictResponsesCustomizer() {
        return (operation, handler) -> {
            AnswersConflict conflict = handler.getMethodAnnotation(AnswersConflict.class);
            if (conflict != null) {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                operation.setResponses(responses);
                add(responses, "409", conflict.value());
            }
            return operation;
        };
    }

    static void declare(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas(SCHEMA, problemSchema());
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                operation.setResponses(responses);
                add(responses, "400", "The request is malformed or a field is wrong (see errors)");
                add(responses, "401", "No credentials, or wrong ones");
                add(responses, "403", "The signed-in officer may not do this");
                if (path.contains("{")) {
                    add(responses, "404", "No such resource");
                }
                add(responses, "429", "Too many requests or failed sign-ins; Retry-After says when to try again");
                // Any call reads the database, if only to check its credentials.
                add(responses, "503", "The database does not answer; try again later");
            });
        });
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field or query parameter, as the request names it"))
                .addProperty("message", new StringSchema().description("What is wrong with it, in the caller's language"));
        return new ObjectSchema()
                .description("An RFC 9457 problem detail, worded in the language of Accept-Language (vi, en)")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("The fields in error, on a 400"))
                .required(List.of("status"));
    }
}
