package org.caunoi.hub.platform.problem;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
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
public class ErrorPages implements ErrorController {

    /** Request attribute: the size limit an upload refused before it was read broke, as an officer reads it ("10 MB"). */
    public static final String UPLOAD_LIMIT = ErrorPages.class.getName() + ".uploadLimit";

    /**
     * Request attribute: the same-origin path and query of the page the error is shown for, which the
     * language links switch (the page asked for, or for a form's post the page that sent it); not /error.
     */
    public static final String SHOWN_FOR = ErrorPages.class.getName() + ".shownFor";

    private final ProblemDetails problems;
    private final ProblemWriter writer;
    private final MessageSource messages;

    ErrorPages(ProblemDetails problems, ProblemWriter writer, MessageSource messages) {
        this.problems = problems;
        this.writer = writer;
        this.messages = messages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && (path.startsWith("/api/") || path.equals("/api"))) {
            return new ModelAndView(writer.view(problems.forStatus(status, locale)));
        }
        String shownFor = shownFor(request, uri);
        if (shownFor != null) {
            request.setAttribute(SHOWN_FOR, shownFor);
        }
        String detail = request.getAttribute(UPLOAD_LIMIT) instanceof String limit
                ? messages.getMessage("platform.attachments.too-large", new Object[] {limit}, locale) : null;
        ModelAndView page = page(status, detail);
        if (!"GET".equals(method(request)) && shownFor != null) {
            page.addObject("back", shownFor);
        }
        return page;
    }

    /** The page asked for when it was a GET, else the page whose form was sent (the Referer, if it is one of ours). */
    private static @Nullable String shownFor(HttpServletRequest request, @Nullable Object uri) {
        if ("GET".equals(method(request))) {
            if (!(uri instanceof String path) || !safePath(path)) {
                return null;
            }
            // Tomcat keeps the query asked for as the error dispatch's own; the attribute is the servlet spec's name for it.
            Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
            String text = query instanceof String asked ? asked : request.getQueryString();
            return text != null && !text.isEmpty() ? path + "?" + text : path;
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI sender = new URI(referer);
            boolean ours = sender.getHost() == null || sender.getHost().equalsIgnoreCase(request.getServerName())
                    && (sender.getPort() == -1 || sender.getPort() == request.getServerPort());
            String path = sender.getRawPath();
            if (!ours || path == null || !safePath(path)) {
                return null;
            }
            return sender.getRawQuery() == null ? path : path + "?" + sender.getRawQuery();
        }
        catch (java.net.URISyntaxException notAnAddress) {
            return null;
        }
    }

    /** The method of the request the error is for: Tomcat dispatches to the error page with GET. */
    private static String method(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String method ? method : request.getMethod();
    }

    /** A path on this hub: not another host's ("//host", "/\\host"), not the error path itself. */
    private static boolean safePath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && path.indexOf('\\') < 0 && !path.startsWith("/error")
                && path.chars().noneMatch(Character::isISOControl);
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
