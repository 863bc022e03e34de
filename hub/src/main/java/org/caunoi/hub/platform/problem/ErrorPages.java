package org.caunoi.hub.platform.problem;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's error path answers, in place of Spring Boot's: the error page (one
 * template, both languages) for screens, problem details for {@code /api/**}; a mistyped address
 * in the browser never gets raw JSON, and no answer carries a stack trace or an exception's text.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemDetails problems;
    private final ProblemWriter writer;

    ErrorPages(ProblemDetails problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && (path.startsWith("/api/") || path.equals("/api"))) {
            return new ModelAndView(writer.view(problems.forStatus(status, locale)));
        }
        return page(status, null);
    }

    static ModelAndView page(HttpStatus status, @Nullable String detail) {
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
