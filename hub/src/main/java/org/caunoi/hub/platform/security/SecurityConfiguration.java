package org.caunoi.hub.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Browsers sign in with a form (session, CSRF token); machine clients call
 * {@code /api/**} with HTTP Basic. Business rules per role sit on the controllers
 * ({@code @PreAuthorize}); here only the coarse split between public, signed-in and admin.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** A request that authenticates itself on every call carries no ambient credential a forged form could use. */
    private static final RequestMatcher CARRIES_OWN_CREDENTIALS =
            (HttpServletRequest request) -> request.getHeader("Authorization") != null;

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
        // The OpenAPI document belongs with the API: machine clients fetch it with their credentials.
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/audit/**").hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("CauNoi"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(CARRIES_OWN_CREDENTIALS))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain screens(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/swagger-ui/**", "/swagger-ui.html").authenticated()
                        .requestMatchers("/admin/**").hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
