package org.caunoi.hub.platform.security;

import org.caunoi.hub.platform.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Puts every sign-in through the login form, and every failed attempt (form or API), in the audit trail. */
@Component
class SignInAudit {

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), "SIGN_IN", "session", null, "");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        audit.recordAs(String.valueOf(event.getAuthentication().getName()), "SIGN_IN_FAILED", "session", null,
                event.getException().getClass().getSimpleName());
    }
}
