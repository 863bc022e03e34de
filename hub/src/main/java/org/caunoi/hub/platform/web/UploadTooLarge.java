package org.caunoi.hub.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.caunoi.hub.platform.attachments.Attachments;
import org.caunoi.hub.platform.problem.ErrorPages;
import org.caunoi.hub.platform.problem.ProblemDetails;
import org.caunoi.hub.platform.problem.ProblemWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Refuses an upload larger than the hub takes: by its declared length before anything reads its parts, and
 * otherwise (a file over the limit in a body under the request's limit, or a body sent in chunks) when its
 * parts are read, here, before the security filters look for the form's token.
 * Left to Tomcat, the parts are parsed when the security filters look for the form's token, and the
 * failure ended on Tomcat's own English page, without the menu. Here a screen gets the error page in
 * the officer's language and the API problem details in Accept-Language, both quoting the limit the
 * form itself would have quoted for a smaller file too large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class UploadTooLarge extends OncePerRequestFilter {

    /** The largest refused body read to its end before answering (see {@link #drain}). */
    private static final long MAX_DRAINED = 128L * 1024 * 1024;

    /** Spring's own reading of a form's parts, eager: the one the dispatcher uses, for its judgement of "too large". */
    private static final StandardServletMultipartResolver MULTIPART_RESOLVER = new StandardServletMultipartResolver();

    static {
        // Forms only (multipart/form-data): an AS4 message is multipart/related and is read whole by /as4.
        MULTIPART_RESOLVER.setStrictServletCompliance(true);
    }

    private final long maxRequest;
    private final String sheetLimit;
    private final String fileLimit;
    private final ProblemDetails problems;
    private final ProblemWriter writer;

    UploadTooLarge(@Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxRequest,
            @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFile, Attachments attachments,
            ProblemDetails problems, ProblemWriter writer) {
        this.maxRequest = maxRequest.toBytes();
        this.sheetLimit = Attachments.readable(maxFile.toBytes());
        this.fileLimit = Attachments.readable(attachments.maxBytes());
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The error page for a refused upload is shown without its body: read again there, it fails the same way
            // and the page came out empty, or as Tomcat's own.
            chain.doFilter(request.getAttribute(ErrorPages.UPLOAD_LIMIT) == null ? request : new WithoutBody(request), response);
            return;
        }
        if (request.getContentLengthLong() > maxRequest || partTooLarge(request)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a form's body, small enough as a whole or of a length not declared (sent in chunks), holds a
     * part over {@code max-file-size} or runs past {@code max-request-size}. Parsed here, with Spring's own
     * resolver, the parts are kept by Tomcat for the controller; left to the security filters, the failure
     * came out as a missing form token or Spring's own answer, not as the limit the form quotes.
     */
    private boolean partTooLarge(HttpServletRequest request) {
        if (!MULTIPART_RESOLVER.isMultipart(request)) {
            return false;
        }
        try {
            MULTIPART_RESOLVER.resolveMultipart(request);
            return false;
        }
        catch (MaxUploadSizeExceededException tooLarge) {
            return true;
        }
        catch (MultipartException unreadable) {
            // Not a size: the controller's own binding reports it.
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Imported sheets may be as large as any upload; every other file goes to the attachment store.
        String limit = request.getRequestURI().endsWith("/import") ? sheetLimit : fileLimit;
        drain(request);
        if (ProblemDetails.isApi(request)) {
            writer.write(problems.of(HttpStatus.CONTENT_TOO_LARGE, "platform.attachments.too-large", new Object[] {limit},
                    request.getHeader("Accept-Language") == null ? Locale.of("vi") : request.getLocale()), response);
            return;
        }
        request.setAttribute(ErrorPages.UPLOAD_LIMIT, limit);
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    /**
     * Reads and drops the refused body, up to a bound: a browser still sending it when the connection
     * closed showed a broken connection rather than the answer. A body past the bound is left, and the
     * connection closed after the answer.
     */
    private void drain(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_DRAINED) {
            return;
        }
        try {
            ServletInputStream in = request.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            int n;
            while (read < MAX_DRAINED && (n = in.read(buffer)) > 0) {
                read += n;
            }
        }
        catch (IOException | IllegalStateException gone) {
            // The client stopped sending, or the body was already given up on: nothing more to drop.
        }
    }

    /** The request as the error page sees it: no body, no parts, only the parameters of its query. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        private final Map<String, String[]> query;

        WithoutBody(HttpServletRequest request) {
            super(request);
            Map<String, List<String>> values = new LinkedHashMap<>();
            String text = request.getQueryString();
            for (String pair : text == null || text.isEmpty() ? new String[0] : text.split("&")) {
                int equals = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                }
                catch (IllegalArgumentException badlyEncoded) {
                    // Left out: the error page needs at most the language.
                }
            }
            Map<String, String[]> parameters = new LinkedHashMap<>();
            values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
            this.query = Collections.unmodifiableMap(parameters);
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public @Nullable Part getPart(String name) {
            return null;
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = query.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return query;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(query.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return query.get(name);
        }
    }
}
