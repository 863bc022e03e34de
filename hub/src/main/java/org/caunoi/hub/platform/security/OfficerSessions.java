package org.caunoi.hub.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of each officer, so that an administrator's change takes effect at once:
 * a disabled officer, or one whose roles or password changed, is signed out of every browser at the
 * next request (Spring Security's session registry; the screens' chain asks it on each request).
 */
@Component
public class OfficerSessions {

    private final SessionRegistry registry;

    OfficerSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the officer; returns how many there were. */
    public int end(String username) {
        // The registry keys sessions by principal, and a User equals any other User of the same name.
        var sessions = registry.getAllSessions(User.withUsername(username).password("").build(), false);
        sessions.forEach(session -> session.expireNow());
        return sessions.size();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {

        @Bean
        SessionRegistry sessionRegistry() {
            return new SessionRegistryImpl();
        }

        /** Tells the registry when the servlet container ends a session, so it forgets it. */
        @Bean
        HttpSessionEventPublisher httpSessionEventPublisher() {
            return new HttpSessionEventPublisher();
        }
    }
}
