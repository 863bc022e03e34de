package org.caunoi.hub.partners.web;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.caunoi.hub.partners.LegalBasisDecision;
import org.caunoi.hub.partners.RefusalReason;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.web.Times;
import org.springframework.context.MessageSource;

/** Words a legal-basis decision for an officer, in the officer's language. */
final class LegalBasisText {

    private LegalBasisText() {
    }

    static String explain(LegalBasisDecision decision, MessageSource messages, Labels labels, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String agreements = decision.agreements().stream()
                .map(ref -> (english ? ref.titleEn() : ref.titleVi()) + " (" + Times.isoDate(ref.signed(), locale) + ")")
                .collect(Collectors.joining("; "));
        String category = labels.of(decision.category(), locale);
        String purpose = labels.of(decision.purpose(), locale);
        if (decision.allowed()) {
            return messages.getMessage("partners.legal-basis.allowed",
                    new Object[] {category, decision.partnerCode(), purpose, agreements}, locale);
        }
        RefusalReason reason = Objects.requireNonNull(decision.reason(), "a refused decision names its reason");
        return messages.getMessage(Labels.key(reason),
                new Object[] {category, decision.partnerCode(), purpose, agreements, Times.date(decision.date(), locale)}, locale);
    }
}
