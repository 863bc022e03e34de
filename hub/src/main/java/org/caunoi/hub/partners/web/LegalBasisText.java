package org.caunoi.hub.partners.web;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.caunoi.hub.partners.LegalBasisDecision;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.partners.RefusalReason;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.web.Times;
import org.springframework.context.MessageSource;

/** Words a legal-basis decision for an officer, in the officer's language, the partner by its name. */
final class LegalBasisText {

    private LegalBasisText() {
    }

    static String explain(LegalBasisDecision decision, Partners partners, MessageSource messages, Labels labels,
            Locale locale) {
        // A partner the hub does not know keeps its code: "There is no partner with code ZZ".
        String partner = partners.name(decision.partnerCode(), locale);
        String agreements = decision.agreements().stream()
                .map(ref -> ref.title(locale) + " (" + Times.isoDate(ref.signed(), locale) + ")")
                .collect(Collectors.joining("; "));
        String category = labels.of(decision.category(), locale);
        String purpose = labels.of(decision.purpose(), locale);
        if (decision.allowed()) {
            return messages.getMessage("partners.legal-basis.allowed",
                    new Object[] {category, partner, purpose, agreements}, locale);
        }
        RefusalReason reason = Objects.requireNonNull(decision.reason(), "a refused decision names its reason");
        return messages.getMessage(Labels.key(reason),
                new Object[] {category, partner, purpose, agreements, Times.date(decision.date(), locale)}, locale);
    }
}
