package org.caunoi.hub.partners.internal;

import java.time.Clock;
import java.time.LocalDate;
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

    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final Clock clock;

    LegalBasisService(PartnerRepository partners, AgreementRepository agreements, Clock clock) {
        this.partners = partners;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public LegalBasisDecision check(String partnerCode, DataCategory category, Purpose purpose, LocalDate date) {
        boolean known = partners.exists(partnerCode);
        return LegalBasisRules.decide(partnerCode, known, known ? agreements.ofPartner(partnerCode) : List.of(),
                category, purpose, date);
    }

    @Override
    public LegalBasisDecision check(String partnerCode, DataCategory category, Purpose purpose) {
        return check(partnerCode, category, purpose, LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RefusalReason> whyNoAgreementInForce(String partnerCode) {
        boolean known = partners.exists(partnerCode);
        return LegalBasisRules.whyNoneInForce(known, known ? agreements.ofPartner(partnerCode) : List.of(),
                LocalDate.now(clock));
    }
}
