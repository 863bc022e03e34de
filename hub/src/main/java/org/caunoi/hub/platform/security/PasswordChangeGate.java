package org.caunoi.hub.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.caunoi.hub.platform.problem.ProblemDetails;
import org.caunoi.hub.platform.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An officer whose password an administrator set (a new account, a reset) replaces it before doing
 * anything else: screens lead to {@code /account/password}, the API answers 403 with the reason
 * except for {@code POST /api/account/password}. Not a bean, so that Spring Boot does not also put it
 * in the servlet container's own filter chain.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    /** The session's note that its officer has a password of their own, so later requests ask nothing. */
    static final String CHANGED = PasswordChangeGate.class.getName() + ".changed";
    static final String SCREEN = "/account/password";
    static final String API = "/api/account/password";
    private static final List<String> SCREEN_PATHS_ALLOWED = List.of(SCREEN, "/logout", "/login", "/css/", "/js/",
            "/webjars/", "/favicon.ico", "/error");

    private final UserAccounts accounts;
    private final ProblemDetails problems;
    private final ProblemWriter writer;
    private final LocaleResolver locales;
    private final boolean api;

    private PasswordChangeGate(UserAccounts accounts, ProblemDetails problems, ProblemWriter writer, LocaleResolver locales,
            boolean api) {
        this.accounts = accounts;
        this.problems = problems;
        this.writer = writer;
        this.locales = locales;
        this.api = api;
    }

    static PasswordChangeGate forScreens(UserAccounts accounts, ProblemDetails problems, ProblemWriter writer,
            LocaleResolver locales) {
        return new PasswordChangeGate(accounts, problems, writer, locales, false);
    }

    static PasswordChangeGate forApi(UserAccounts accounts, ProblemDetails problems, ProblemWriter writer,
            LocaleResolver locales) {
        return new PasswordChangeGate(accounts, problems, writer, locales, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken
                || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = api ? null : request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(CHANGED))) {
            chain.doFilter(request, response);
            return;
        }
        if (!accounts.mustChangePassword(authentication.getName())) {
            if (session != null) {
                session.setAttribute(CHANGED, Boolean.TRUE);
            }
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            writer.write(problems.of(HttpStatus.FORBIDDEN, "platform.problem.password-change-required", new Object[] {API},
                    locales.resolveLocale(request)), response);
        }
        else {
            response.sendRedirect(request.getContextPath() + SCREEN);
        }
    }

    private boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (api) {
            return path.equals(API);
        }
        return SCREEN_PATHS_ALLOWED.stream().anyMatch(allowed -> allowed.endsWith("/") ? path.startsWith(allowed)
                : path.equals(allowed));
    }
}
