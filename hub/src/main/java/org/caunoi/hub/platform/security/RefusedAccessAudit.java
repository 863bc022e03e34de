package org.caunoi.hub.platform.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.platform.audit.AuditAllowance;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.audit.Clipped;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts in the audit trail each request of a signed-in officer that was refused for want of a role or
 * of need-to-know (403, on a screen or the API): who, the method and the path. Up to a limit per
 * officer and in all per window; the rest are counted in one entry a window, so a page or a script
 * that retries in a loop cannot flood the trail. A refusal a module answers for a business reason
 * (no legal basis for an exchange) is that module's to record, not counted here.
 */
@Component
class RefusedAccessAudit {

    private final AuditTrail audit;
    private final AuditAllowance allowance;

    RefusedAccessAudit(AuditTrail audit, Clock clock,
            @Value("${caunoi.security.refused-accesses-audited-per-minute:20}") int perOfficer,
            @Value("${caunoi.security.refused-accesses-audited-per-minute-in-all:200}") int inAll) {
        this.audit = audit;
        this.allowance = new AuditAllowance(audit, clock, "ACCESS_REFUSED_UNRECORDED", AuditAllowance.KeyKind.OFFICER,
                perOfficer, inAll);
    }

    /**
     * The filter for a security chain, placed before its exception translation so that it sees the
     * status of every refusal: the chain's own (URL rules) and a controller's (method security).
     * Not a bean, so the servlet container does not run it a second time outside the chains.
     */
    Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                }
                finally {
                    if (response.getStatus() == HttpStatus.FORBIDDEN.value() && request.getAttribute(Problem.ANSWERED) == null) {
                        refused(request);
                    }
                }
            }
        };
    }

    private void refused(HttpServletRequest request) {
        Authentication officer = SecurityContextHolder.getContext().getAuthentication();
        if (officer == null || !officer.isAuthenticated() || officer instanceof AnonymousAuthenticationToken) {
            return;
        }
        if (allowance.admit(officer.getName())) {
            String path = Clipped.text(request.getRequestURI(), Clipped.SHORT * 3);
            audit.record("ACCESS_REFUSED", "request", path, request.getMethod() + " " + path);
        }
    }

    @Scheduled(fixedDelayString = "${caunoi.security.refused-access-window:PT1M}")
    @PreDestroy
    void closeWindow() {
        allowance.closeWindow();
    }
}
