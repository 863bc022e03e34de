package org.caunoi.hub.enforcement.internal;

import java.util.List;

import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.LegalBasis;
import org.caunoi.hub.partners.LegalBasisDecision;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.partners.RefusalReason;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Decides per recipient which form of a case its agreements allow: nominal when personal
 * enforcement data may pass for the purpose, else non-nominal when that may, else nothing, with the
 * reason and the agreements behind the answer, so the officer sees it before sending.
 */
@Component
public class ShareForms {

    private final LegalBasis legalBasis;

    ShareForms(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    /**
     * @param form {@code nominal}, {@code non-nominal}, or null when nothing may pass
     * @param nominalRefusal why the nominal form may not pass (null when it may)
     * @param refusal why nothing may pass (null when a form may)
     * @param agreements the agreements that allow the form, or came closest when refused; each titled in both
     *        languages so the officer reads it in the page's
     */
    public record FormDecision(String partner, @Nullable String form, @Nullable RefusalReason nominalRefusal,
            @Nullable RefusalReason refusal, List<LegalBasisDecision.AgreementRef> agreements) {
    }

    public FormDecision decide(String partner, Purpose purpose) {
        LegalBasisDecision nominal = legalBasis.check(partner, DataCategory.ENFORCEMENT_NOMINAL, purpose);
        if (nominal.allowed()) {
            return new FormDecision(partner, CaseForms.NOMINAL, null, null, nominal.agreements());
        }
        LegalBasisDecision nonNominal = legalBasis.check(partner, DataCategory.ENFORCEMENT_NON_NOMINAL, purpose);
        if (nonNominal.allowed()) {
            return new FormDecision(partner, CaseForms.NON_NOMINAL, nominal.reason(), null, nonNominal.agreements());
        }
        return new FormDecision(partner, null, nominal.reason(), nonNominal.reason(), nonNominal.agreements());
    }
}
