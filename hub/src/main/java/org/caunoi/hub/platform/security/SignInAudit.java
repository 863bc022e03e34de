package org.caunoi.hub.platform.security;

import java.time.Clock;

import jakarta.annotation.PreDestroy;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.audit.AuditAllowance;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts every sign-in through the login form in the audit trail, and failed attempts (form or API)
 * up to a limit per remote address and minute and in all, the rest counted in one entry a minute;
 * and tells the {@link SignInThrottle} of each failure and success.
 */
@Component
class SignInAudit {

    private final AuditTrail audit;
    private final SignInThrottle throttle;
    private final AuditAllowance failures;

    SignInAudit(AuditTrail audit, SignInThrottle throttle, Clock clock,
            @Value("${caunoi.security.failed-sign-ins-audited-per-minute:10}") int perAddress,
            @Value("${caunoi.security.failed-sign-ins-audited-per-minute-in-all:100}") int inAll) {
        this.audit = audit;
        this.throttle = throttle;
        this.failures = new AuditAllowance(audit, clock, "SIGN_IN_FAILED_UNRECORDED", perAddress, inAll);
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), "SIGN_IN", "session", null, "");
    }

    @EventListener
    void onAuthenticated(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof InternalAuthenticationServiceException) {
            // Not checked, so not wrong: a database outage must not lock accounts out once it is over,
            // nor wait once more for a connection to write the audit trail.
            return;
        }
        String username = String.valueOf(event.getAuthentication().getName());
        String address = remoteAddress();
        throttle.failed(username, address);
        if (failures.admit(address)) {
            String reason = event.getAuthentication() instanceof ApiTokenAuthentication.Presented
                    && event.getException() instanceof org.springframework.security.authentication.BadCredentialsException
                    ? Sentences.of("platform.audit-details.sign-in-token-refused") : reasonOf(event.getException());
            audit.recordAs(username, "SIGN_IN_FAILED", "session", null, reason);
        }
    }

    /** Why a sign-in failed, in words: not which user names exist (the same words for both). */
    private static String reasonOf(org.springframework.security.core.AuthenticationException failure) {
        return switch (failure) {
            case org.springframework.security.authentication.BadCredentialsException wrong ->
                    Sentences.of("platform.audit-details.sign-in-wrong-password");
            case org.springframework.security.authentication.DisabledException disabled ->
                    Sentences.of("platform.audit-details.sign-in-account-disabled");
            case org.springframework.security.authentication.LockedException locked ->
                    Sentences.of("platform.audit-details.sign-in-account-locked");
            default -> failure.getClass().getSimpleName();
        };
    }

    @Scheduled(fixedDelayString = "${caunoi.security.failed-sign-in-window:PT1M}")
    @PreDestroy
    void closeWindow() {
        failures.closeWindow();
    }

    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }
}
