package org.caunoi.hub.partners;

import java.util.List;

import org.caunoi.hub.platform.security.CurrentOfficer;

/**
 * The records a module exchanged with a partner, so the partner's page leads to them without knowing the
 * modules above it. A module registers one bean; the page asks each in turn. Need to know is the module's
 * rule: each count holds only the records the officer may see, and a kind the officer may not open at all
 * comes with no link.
 */
public interface ExchangedRecords {

    /** The kinds of record this module exchanged with the partner, each with its count for the officer. */
    List<Kind> with(String partnerCode, CurrentOfficer officer);

    /**
     * One kind of record exchanged with a partner.
     *
     * @param labelKey the message key of the kind, in the owning module's bundle
     * @param count how many the officer may see
     * @param path the list of those records; null when the officer may not open it or there is none
     */
    record Kind(String labelKey, long count, @org.jspecify.annotations.Nullable String path) {
    }
}
