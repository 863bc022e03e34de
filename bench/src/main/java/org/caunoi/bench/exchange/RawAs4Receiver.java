package org.caunoi.bench.exchange;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.exchange.rawas4.RawAs4;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The baseline: phase4 receiving with the hub's keys and profile, in the hub's Tomcat, at
 * {@code /as4-raw}, and nothing of ours behind it. It verifies the signature, decrypts and
 * decompresses the payload and answers with the signed receipt, as the hub's {@code /as4} does, but
 * stores, audits, checks and processes nothing: the hub's {@link RawAs4}, which configures phase4 as
 * the hub's {@code /as4} does.
 */
@Configuration(proxyBeanMethods = false)
class RawAs4Receiver {

    static final String PATH = "/as4-raw";

    @Bean
    ServletRegistrationBean<RawServlet> rawAs4Servlet(RawAs4 raw) {
        var registration = new ServletRegistrationBean<>(new RawServlet(raw), PATH);
        registration.setLoadOnStartup(1);
        return registration;
    }

    /** The same open door as the hub's {@code /as4}: no login, no CSRF token, no session. */
    @Bean
    @Order(-1)
    SecurityFilterChain rawAs4Security(HttpSecurity http) throws Exception {
        http.securityMatcher(PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    static final class RawServlet extends HttpServlet {

        private final transient RawAs4 raw;

        RawServlet(RawAs4 raw) {
            this.raw = raw;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            raw.answer(request, response);
        }
    }
}
