package org.caunoi.hub.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.caunoi.hub.exchange.OnwardConsents;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link OnwardConsents} in {@code exchange.onward_consent}; each consent recorded is in the audit trail. */
@Repository
class OnwardConsentStore implements OnwardConsents {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    OnwardConsentStore(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(String source, String recipient, @Nullable String conversation, String reference) {
        var who = SecurityContextHolder.getContext().getAuthentication();
        jdbc.sql("""
                INSERT INTO exchange.onward_consent (source_partner, recipient, conversation_id, reference, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .param(source).param(recipient).param(conversation).param(reference)
                .param(who == null ? "system" : who.getName()).param(Timestamp.from(clock.instant()))
                .update();
        audit.record("EXCHANGE_ONWARD_CONSENT", "onward-consent", source + "->" + recipient, conversation == null
                ? Sentences.of("exchange.audit-details.onward-consent-all", reference)
                : Sentences.of("exchange.audit-details.onward-consent-conversation", conversation, reference));
    }

    @Override
    public boolean given(String source, String recipient, @Nullable String conversation) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM exchange.onward_consent WHERE source_partner = ? AND recipient = ?
                    AND (conversation_id IS NULL OR conversation_id = ?))""")
                .param(source).param(recipient).param(conversation)
                .query(Boolean.class).single();
    }
}
