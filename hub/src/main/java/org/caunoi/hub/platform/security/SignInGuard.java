package org.caunoi.hub.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.platform.problem.ProblemDetails;
import org.caunoi.hub.platform.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a sign-in try while its account or address is locked by the {@link SignInThrottle},
 * before the password is checked, so a refused guess costs no password hashing. A form sign-in
 * goes back to the login page, which says when to try again; an API call with HTTP Basic gets 429
 * with Retry-After, and so does one with an API token. Not a bean: Spring Boot would otherwise run it on every request as well.
 */
final class SignInGuard extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final boolean form;
    private final ProblemDetails problems;
    private final ProblemWriter writer;
    private final LocaleResolver locales;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    private SignInGuard(SignInThrottle throttle, boolean form, ProblemDetails problems, ProblemWriter writer,
            LocaleResolver locales) {
        this.throttle = throttle;
        this.form = form;
        this.problems = problems;
        this.writer = writer;
        this.locales = locales;
    }

    /** Guards {@code POST /login}. */
    static SignInGuard forForms(SignInThrottle throttle, ProblemDetails problems, ProblemWriter writer, LocaleResolver locales) {
        return new SignInGuard(throttle, true, problems, writer, locales);
    }

    /** Guards requests that carry HTTP Basic credentials. */
    static SignInGuard forBasic(SignInThrottle throttle, ProblemDetails problems, ProblemWriter writer, LocaleResolver locales) {
        return new SignInGuard(throttle, false, problems, writer, locales);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = form ? formUsername(request) : basicUsername(request);
        Optional<Duration> locked = username.flatMap(name -> throttle.lockedFor(name, request.getRemoteAddr()));
        if (locked.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = retryAfterSeconds(locked.get());
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?error&locked=" + seconds);
            return;
        }
        var problem = problems.of(HttpStatus.TOO_MANY_REQUESTS, "platform.problem.sign-in-locked",
                new Object[] {seconds}, locales.resolveLocale(request));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        writer.write(problem, response);
    }

    /** Whole seconds, rounded up: a client that waits this long may try. */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static Optional<String> formUsername(HttpServletRequest request) {
        boolean signIn = "POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
        return signIn ? Optional.ofNullable(request.getParameter("username")) : Optional.empty();
    }

    /** The user name of HTTP Basic, or what an API token is known by: the remote address's count applies to both. */
    private Optional<String> basicUsername(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken token = basic.convert(request);
            return token == null ? Optional.ofNullable(ApiTokenAuthentication.nameOf(request))
                    : Optional.of(String.valueOf(token.getName()));
        }
        catch (AuthenticationException malformed) {
            return Optional.empty(); // the Basic filter itself refuses it
        }
    }
}
