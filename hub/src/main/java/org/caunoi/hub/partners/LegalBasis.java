package org.caunoi.hub.partners;

import java.time.LocalDate;

/**
 * Answers whether data of a category may pass to or from a partner for a purpose on a date, and
 * under which agreements. Every exchange of the hub asks here first: no legal basis, no exchange.
 */
public interface LegalBasis {

    LegalBasisDecision check(String partnerCode, DataCategory category, Purpose purpose, LocalDate date);

    /** The check for today. */
    LegalBasisDecision check(String partnerCode, DataCategory category, Purpose purpose);
}
