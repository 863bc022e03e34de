package org.caunoi.hub.enforcement.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.enforcement.internal.CaseNotFoundException;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * The enforcement API's failures as RFC 9457 problem details: each field at fault named by its JSON
 * path with a message in the officer's language, malformed JSON with where it broke.
 */
// Before Spring's own problem-details advice, which would answer unreadable JSON without naming the field.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {CaseApiController.class, OperationApiController.class})
class EnforcementApiProblems {

    private final EnforcementTexts texts;

    EnforcementApiProblems(EnforcementTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        List<Map<String, String>> errors = e.errors().stream().map(error -> Map.of("field", error.field(),
                "code", error.code(), "message", texts.text(error.messageKey(), error.args().toArray()))).toList();
        return invalid(texts.text("enforcement.invalid.title"), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof JacksonException jackson ? path(jackson) : "";
        String code = field.isEmpty() ? "malformed-json" : "wrong-type";
        return invalid(texts.text("enforcement.invalid.title"), List.of(Map.of("field", field, "code", code,
                "message", texts.text("enforcement.invalid." + code))));
    }

    /** Query parameters of the wrong type ({@code ?from=yesterday}), named as the client wrote them. */
    @ExceptionHandler(BindException.class)
    ProblemDetail unbindable(BindException e) {
        return invalid(texts.text("enforcement.invalid.title"), e.getFieldErrors().stream().map(error -> Map.of(
                "field", error.getField(), "code", "wrong-type", "message", texts.text("enforcement.invalid.wrong-type")))
                .toList());
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle(texts.text("enforcement.not-found"));
        return problem;
    }

    private static ProblemDetail invalid(String title, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join("; ", errors.stream().map(error -> error.get("field") + ": " + error.get("message")).toList()));
        problem.setTitle(title);
        problem.setType(URI.create("urn:caunoi:problem:invalid-input"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** {@code quantity.value}, {@code conveyance.containers[0]}: the JSON path where reading stopped. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
