package org.caunoi.hub.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.platform.problem.ProblemDetails;
import org.caunoi.hub.platform.problem.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may reach what. Browsers sign in with a form (session, CSRF token); machine clients call
 * {@code /api/**} with an API token ({@code Authorization: Bearer}, see {@link ApiTokens}) or HTTP
 * Basic (a bcrypt check each time) on every request, statelessly: the API never reads the session,
 * so a forged request from a signed-in browser authenticates nobody there, and needs no CSRF token.
 * Business rules per role sit on the controllers ({@code @PreAuthorize}); here only the coarse split
 * between public, signed-in and admin, the sign-in throttle, the answers for 401, 403 and 429, and
 * refused accesses put in the audit trail ({@link RefusedAccessAudit}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private final SignInThrottle throttle;
    private final ProblemDetails problems;
    private final ProblemWriter writer;
    private final LocaleResolver locales;
    private final RefusedAccessAudit refusals;
    private final ApiTokens tokens;
    private final AuthenticationEventPublisher events;
    private final SessionRegistry sessions;

    SecurityConfiguration(SignInThrottle throttle, ProblemDetails problems, ProblemWriter writer, LocaleResolver locales,
            RefusedAccessAudit refusals, ApiTokens tokens, AuthenticationEventPublisher events, SessionRegistry sessions) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.events = events;
        this.refusals = refusals;
        this.throttle = throttle;
        this.problems = problems;
        this.writer = writer;
        this.locales = locales;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The AS4 endpoint between hubs: no login and no CSRF token, since every message authenticates
     * itself by its signature, which the exchange module checks against the partner's certificate.
     */
    @Bean
    @Order(0)
    SecurityFilterChain as4(HttpSecurity http) throws Exception {
        http.securityMatcher("/as4")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/audit/**").hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
                        .anyRequest().authenticated());
        return machineClients(http);
    }

    /**
     * The OpenAPI document: machine clients fetch it as they call the API, with an API token or HTTP Basic
     * (the schemes it advertises); Swagger UI in a signed-in browser, through the session.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET).authenticated().anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("CauNoi"))
                .addFilterBefore(SignInGuard.forBasic(throttle, problems, writer, locales), BasicAuthenticationFilter.class)
                .addFilterBefore(bearerTokens(), BasicAuthenticationFilter.class)
                .addFilterBefore(refusals.filter(), ExceptionTranslationFilter.class)
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problem(HttpStatus.UNAUTHORIZED, request, response)));
        return http.build();
    }

    /**
     * Spring Boot's actuator: health (with its liveness and readiness probes) and the version for
     * anyone, as a load balancer or orchestrator asks without credentials; everything else, metrics
     * for Prometheus included, for admins with HTTP Basic, answered like the API.
     */
    @Bean
    @Order(3)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()));
        return machineClients(http);
    }

    @Bean
    @Order(4)
    SecurityFilterChain screens(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        // Message types' payload schemas, for partners' engineers: published, no secret.
                        .requestMatchers(HttpMethod.GET, "/schemas", "/schemas/*/*").permitAll()
                        .requestMatchers("/swagger-ui/**", "/swagger-ui.html").authenticated()
                        .requestMatchers("/admin/**").hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(lockAware()).permitAll())
                .addFilterBefore(SignInGuard.forForms(throttle, problems, writer, locales), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(refusals.filter(), ExceptionTranslationFilter.class)
                .addFilterBefore(PasswordChangeGate.forScreens(problems, writer, locales), AuthorizationFilter.class)
                // Every session in the registry, so that an administrator's change to an officer ends theirs (OfficerSessions).
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    /** An API token or HTTP Basic on every request, answered in problem details: the API and the actuator. */
    private SecurityFilterChain machineClients(HttpSecurity http) throws Exception {
        // The Basic filter answers its own failures through this entry point, not through exceptionHandling's.
        http.httpBasic(basic -> basic.realmName("CauNoi")
                        .authenticationEntryPoint((request, response, e) -> problem(unauthenticated(e), request, response)))
                // Credentials on every request, never a session: nothing ambient for a forged request to ride on.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(SignInGuard.forBasic(throttle, problems, writer, locales), BasicAuthenticationFilter.class)
                .addFilterBefore(bearerTokens(), BasicAuthenticationFilter.class)
                .addFilterBefore(refusals.filter(), ExceptionTranslationFilter.class)
                .addFilterBefore(PasswordChangeGate.forApi(problems, writer, locales), AuthorizationFilter.class)
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problem(unauthenticated(e), request, response))
                        .accessDeniedHandler((request, response, e) -> problem(HttpStatus.FORBIDDEN, request, response)));
        return http.build();
    }

    /**
     * {@code Authorization: Bearer} through Spring Security's {@link AuthenticationFilter}: a success goes
     * on down the chain without a session; a failure is published (so throttled and audited like a wrong
     * password) and answered 401. Not a bean, for the same reason as {@link SignInGuard}.
     */
    private AuthenticationFilter bearerTokens() {
        var manager = new ProviderManager(ApiTokenAuthentication.provider(tokens));
        manager.setAuthenticationEventPublisher(events);
        var filter = new AuthenticationFilter(manager, ApiTokenAuthentication.converter());
        filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        filter.setSuccessHandler(new AuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                    Authentication authentication) throws IOException, ServletException {
                chain.doFilter(request, response);
            }

            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) {
                throw new IllegalStateException("called with the chain only");
            }
        });
        filter.setFailureHandler((request, response, e) -> problem(unauthenticated(e), request, response));
        return filter;
    }

    /**
     * After a wrong password, the login page again; saying when to try again if that try locked the account or
     * address, or that the password could not be checked for now.
     */
    private AuthenticationFailureHandler lockAware() {
        return (request, response, exception) -> {
            if (exception instanceof org.springframework.security.authentication.InternalAuthenticationServiceException) {
                // Not a wrong password: the database did not answer, and the officer should try again later.
                response.sendRedirect(request.getContextPath() + "/login?unavailable");
                return;
            }
            String username = String.valueOf(request.getParameter("username"));
            String target = throttle.lockedFor(username, request.getRemoteAddr())
                    .map(wait -> "/login?error&locked=" + SignInGuard.retryAfterSeconds(wait))
                    .orElse("/login?error");
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    /**
     * Why a request is not signed in: wrong credentials (401), or credentials that could not be checked
     * because the database does not answer (503: the client should try again, not change its password).
     */
    private static HttpStatus unauthenticated(org.springframework.security.core.AuthenticationException e) {
        return e instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNAUTHORIZED;
    }

    private void problem(HttpStatus status, HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            // The schemes a client may answer with (RFC 9110): HTTP clients that authenticate on demand wait for it.
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"CauNoi\", charset=\"UTF-8\"");
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"CauNoi\"");
        }
        Locale locale = locales.resolveLocale(request);
        writer.write(problems.forStatus(status, locale), response);
    }
}
