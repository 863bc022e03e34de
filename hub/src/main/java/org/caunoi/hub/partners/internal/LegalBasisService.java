package org.caunoi.hub.partners.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.LegalBasis;
import org.caunoi.hub.partners.LegalBasisDecision;
import org.caunoi.hub.partners.LegalBasisRules;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.partners.RefusalReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link LegalBasis} on the stored agreements: loads the partner's agreements and applies the rules. */
@Service
class LegalBasisService implements LegalBasis {

    private final AgreementRepository agreements;
    private final Clock clock;

    LegalBasisService(AgreementRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public LegalBasisDecision check(String partnerCode, DataCategory category, Purpose purpose, LocalDate date) {
        var ofPartner = agreements.ofKnownPartner(partnerCode);
        return LegalBasisRules.decide(partnerCode, ofPartner.isPresent(), ofPartner.orElse(List.of()), category, purpose, date);
    }

    @Override
    public LegalBasisDecision check(String partnerCode, DataCategory category, Purpose purpose) {
        return check(partnerCode, category, purpose, LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RefusalReason> whyNoAgreementInForce(String partnerCode) {
        var ofPartner = agreements.ofKnownPartner(partnerCode);
        return LegalBasisRules.whyNoneInForce(ofPartner.isPresent(), ofPartner.orElse(List.of()), LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LegalBasisDecision.AgreementRef> agreements(Collection<Long> ids) {
        // A request names one or two agreements: a read each is simpler than a query of its own.
        return ids.stream().distinct().flatMap(id -> agreements.find(id).stream()).map(LegalBasisDecision.AgreementRef::of).toList();
    }
}
