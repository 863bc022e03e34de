package org.caunoi.hub.partners.web;

import java.net.URI;
import java.util.List;

import org.caunoi.hub.partners.UnknownCodeException;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the module's failures into RFC 9457 problem details that say what to fix. */
@RestControllerAdvice(assignableTypes = PartnerApiController.class)
class PartnersApiProblems {

    @ExceptionHandler(UnknownCodeException.class)
    ProblemDetail unknownCode(UnknownCodeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Unknown code");
        problem.setType(URI.create("urn:caunoi:problem:unknown-code"));
        problem.setProperty("field", e.field());
        problem.setProperty("validValues", List.of(e.validValues().split(", ")));
        return problem;
    }

    @ExceptionHandler(PartnerCatalog.NotFoundException.class)
    ProblemDetail notFound(PartnerCatalog.NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(PartnerCatalog.ConcurrentChangeException.class)
    ProblemDetail concurrentChange(PartnerCatalog.ConcurrentChangeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed meanwhile");
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
