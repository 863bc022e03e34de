package org.caunoi.hub.assistance.internal;

import java.time.Clock;

import org.caunoi.hub.platform.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Writes a step of a request twice, in the caller's transaction: in its history and in the audit trail.
 * Its details are a stored sentence ({@link org.caunoi.hub.platform.i18n.Sentences#of}), worded in the
 * reader's language when shown.
 */
@Component
class Steps {

    private final RequestStore store;
    private final AuditTrail audit;
    private final Clock clock;

    Steps(RequestStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    void record(AssistanceRequest request, String actor, String step, String details) {
        store.addStep(request.id(), clock.instant(), actor, step, details);
        audited(request, actor, step, details);
    }

    /** A step written in the audit trail only: the request it ends (a deleted draft) has no history left to hold it. */
    void audited(AssistanceRequest request, String actor, String step, String details) {
        audit.recordAs(actor, "ASSISTANCE_" + step.toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
                "assistance-request", request.reference(), details);
    }
}
