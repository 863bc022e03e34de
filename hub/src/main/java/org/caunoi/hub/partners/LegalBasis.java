package org.caunoi.hub.partners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Answers whether data of a category may pass to or from a partner for a purpose on a date, and
 * under which agreements. Every exchange of the hub asks here first: no legal basis, no exchange.
 */
public interface LegalBasis {

    LegalBasisDecision check(String partnerCode, DataCategory category, Purpose purpose, LocalDate date);

    /** The check for today. */
    LegalBasisDecision check(String partnerCode, DataCategory category, Purpose purpose);

    /**
     * Why no agreement with the partner is in force today, or empty when one is: the basis of a
     * message that carries no data of any category, such as a connectivity check.
     */
    Optional<RefusalReason> whyNoAgreementInForce(String partnerCode);

    /**
     * The agreements an exchange recorded as its legal basis (by id, as {@link LegalBasisDecision}
     * gave them), in the order asked; an id the hub no longer has is left out.
     */
    List<LegalBasisDecision.AgreementRef> agreements(Collection<Long> ids);
}
