package org.caunoi.hub.platform.problem;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The hub's one mapping of failures: RFC 9457 problem details for {@code /api/**} in the language
 * of Accept-Language, the error page in the officer's language for a module's {@link Problem} on
 * a screen or a form field no form has, and the 503 page when the database does not answer. Other failures of screens go on (rethrown) to Spring's resolvers, which give them a
 * status, and {@link ErrorPages} shows the page for it.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FailureAnswers {

    private static final Logger log = LoggerFactory.getLogger(FailureAnswers.class);

    private final ProblemDetails problems;
    private final ProblemWriter writer;

    FailureAnswers(ProblemDetails problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView handle(Exception failure, HttpServletRequest request, Locale locale) throws Exception {
        boolean api = ProblemDetails.isApi(request);
        if (!api && !(failure instanceof Problem) && !(failure instanceof InvalidPropertyException)
                && !ProblemDetails.databaseUnavailable(failure)) {
            throw failure;
        }
        if (failure instanceof Problem answered) {
            request.setAttribute(Problem.ANSWERED, answered);
        }
        ProblemDetail problem = problems.of(failure, locale);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            // One line per request: during an outage a stack trace each would bury the log.
            log.warn("{} {}: the database does not answer ({})", request.getMethod(), request.getRequestURI(), failure.toString());
        }
        else if (problem.getStatus() >= 500) {
            log.error("{} {} failed", request.getMethod(), request.getRequestURI(), failure);
        }
        if (api) {
            return new ModelAndView(writer.view(problem));
        }
        return ErrorPages.page(HttpStatus.valueOf(problem.getStatus()), problem.getDetail());
    }
}
