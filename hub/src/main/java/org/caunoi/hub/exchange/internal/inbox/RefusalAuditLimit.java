package org.caunoi.hub.exchange.internal.inbox;

import java.time.Clock;

import jakarta.annotation.PreDestroy;
import org.caunoi.hub.platform.audit.AuditAllowance;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many refusals of messages from unknown senders the audit trail records one by one: at most
 * {@code caunoi.exchange.refusals-audited-per-minute} per remote address and minute, and at most
 * {@code caunoi.exchange.refusals-audited-per-minute-in-all} from all addresses together, since an
 * attacker with a block of IPv6 addresses has as many addresses as it likes; the platform's
 * {@link AuditAllowance} counts, this class sets its limits and closes its window every minute.
 * Refusals of messages from an authenticated partner are always recorded one by one.
 */
@Component
class RefusalAuditLimit {

    private final AuditAllowance allowance;

    RefusalAuditLimit(AuditTrail audit, Clock clock,
            @Value("${caunoi.exchange.refusals-audited-per-minute:30}") int perAddressAndMinute,
            @Value("${caunoi.exchange.refusals-audited-per-minute-in-all:120}") int inAllPerMinute) {
        this.allowance = new AuditAllowance(audit, clock, "as4:unknown", "EXCHANGE_REFUSE_INBOUND_UNRECORDED",
                AuditAllowance.KeyKind.REMOTE_ADDRESS, perAddressAndMinute, inAllPerMinute);
    }

    /** True when this refusal is to be recorded one by one; otherwise it has been counted. */
    boolean admit(@Nullable String remoteAddress) {
        return allowance.admit(remoteAddress == null ? "unknown" : remoteAddress);
    }

    /** Closes the window: one entry if refusals went unrecorded, and fresh counts. */
    @Scheduled(fixedDelayString = "${caunoi.exchange.refusal-window:PT1M}")
    @PreDestroy
    void closeWindow() {
        allowance.closeWindow();
    }
}
