package org.caunoi.hub.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.platform.problem.BodyTooLargeException;
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
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refuses a request body larger than the hub takes anywhere (a JSON body, an imported sheet sent as
 * the body) before it is read into memory: by its declared length at once, and while it is read when
 * it declares none. Spring reads a {@code byte[]} or JSON body whole, with no limit of its own; uploads
 * of files have theirs ({@code spring.servlet.multipart}) and AS4 messages the exchange's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final ProblemDetails problems;
    private final ProblemWriter writer;

    RequestBodyLimit(@Value("${caunoi.max-request-body:21MB}") DataSize limit, ProblemDetails problems, ProblemWriter writer) {
        this.limit = limit.toBytes();
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return request.getRequestURI().startsWith(request.getContextPath() + "/as4")
                || contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            writer.write(problems.of(HttpStatus.CONTENT_TOO_LARGE, "platform.problem.body-too-large",
                    new Object[] {DataSize.ofBytes(limit).toMegabytes()}, RequestContextUtils.getLocale(request)), response);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private @Nullable ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream stream = counted;
            if (stream == null) {
                stream = new Counted(super.getInputStream(), limit);
                counted = stream;
            }
            return stream;
        }
    }

    private static final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counted(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
