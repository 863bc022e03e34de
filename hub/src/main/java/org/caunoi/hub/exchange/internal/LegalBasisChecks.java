package org.caunoi.hub.exchange.internal;

import java.util.Optional;

import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.LegalBasis;
import org.caunoi.hub.partners.LegalBasisDecision;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.partners.RefusalReason;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The legal-basis questions the exchange asks, in both directions. A business message needs its
 * category and purpose allowed. The connectivity check carries no data, so it adds no category of
 * its own: it needs the partner known with at least one agreement in force for anything.
 */
@Component
public class LegalBasisChecks {

    private final LegalBasis legalBasis;

    LegalBasisChecks(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    /** Empty when allowed; otherwise the most specific reason for refusing. */
    public Optional<RefusalReason> refusal(String partnerCode, MessageType type, @Nullable DataCategory category,
            @Nullable Purpose purpose) {
        if (category != null && purpose != null) {
            LegalBasisDecision decision = legalBasis.check(partnerCode, category, purpose);
            return decision.allowed() ? Optional.empty() : Optional.of(reasonOf(decision));
        }
        if (!MessageType.PING.equals(type)) {
            return Optional.of(RefusalReason.CATEGORY_NOT_COVERED);
        }
        return legalBasis.whyNoAgreementInForce(partnerCode);
    }

    private static RefusalReason reasonOf(LegalBasisDecision decision) {
        return decision.reason() == null ? RefusalReason.NO_AGREEMENT : decision.reason();
    }
}
