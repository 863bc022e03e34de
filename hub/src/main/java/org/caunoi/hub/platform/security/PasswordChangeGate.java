package org.caunoi.hub.platform.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.platform.problem.ProblemDetails;
import org.caunoi.hub.platform.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An officer whose password an administrator set (a new account, a reset) replaces it before doing
 * anything else: screens lead to {@code /account/password}, the API answers 403 with the reason
 * except for {@code POST /api/account/password}. The sign-in (password or API token) notes the
 * temporary password as an authority of its own, so no request asks the database again; the change
 * ends every session of the officer, and the next sign-in has no note. Not a bean, so that Spring
 * Boot does not also put it in the servlet container's own filter chain.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    /** Not a role ({@link Role#of} ignores it): the note that the password is a temporary one. */
    static final String REQUIRED = "PASSWORD_CHANGE_REQUIRED";
    static final String SCREEN = "/account/password";
    static final String API = "/api/account/password";
    private static final List<String> SCREEN_PATHS_ALLOWED = List.of(SCREEN, "/logout", "/login", "/css/", "/js/",
            "/webjars/", "/favicon.ico", "/error");

    private final ProblemDetails problems;
    private final ProblemWriter writer;
    private final LocaleResolver locales;
    private final boolean api;

    private PasswordChangeGate(ProblemDetails problems, ProblemWriter writer, LocaleResolver locales, boolean api) {
        this.problems = problems;
        this.writer = writer;
        this.locales = locales;
        this.api = api;
    }

    static PasswordChangeGate forScreens(ProblemDetails problems, ProblemWriter writer, LocaleResolver locales) {
        return new PasswordChangeGate(problems, writer, locales, false);
    }

    static PasswordChangeGate forApi(ProblemDetails problems, ProblemWriter writer, LocaleResolver locales) {
        return new PasswordChangeGate(problems, writer, locales, true);
    }

    /** The authorities of a sign-in, with the note when the password is a temporary one. */
    static List<GrantedAuthority> withNote(List<GrantedAuthority> authorities, boolean mustChangePassword) {
        if (!mustChangePassword) {
            return authorities;
        }
        List<GrantedAuthority> noted = new ArrayList<>(authorities);
        noted.add(new SimpleGrantedAuthority(REQUIRED));
        return List.copyOf(noted);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || allowed(request)
                || authentication.getAuthorities().stream().noneMatch(authority -> REQUIRED.equals(authority.getAuthority()))) {
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
