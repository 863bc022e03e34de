package org.caunoi.hub.partners.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.caunoi.hub.partners.LegalBasisDecision;
import org.springframework.context.MessageSource;

/** Words a legal-basis decision for an officer, in the officer's language. */
final class LegalBasisText {

    private LegalBasisText() {
    }

    static String explain(LegalBasisDecision decision, MessageSource messages, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String agreements = decision.agreements().stream()
                .map(ref -> (english ? ref.titleEn() : ref.titleVi()) + " (" + ref.signed() + ")")
                .collect(Collectors.joining("; "));
        String category = messages.getMessage("partners.category." + decision.category().kebab(), null, locale);
        String purpose = messages.getMessage("partners.purpose." + decision.purpose().kebab(), null, locale);
        if (decision.allowed()) {
            return messages.getMessage("partners.legal-basis.allowed",
                    new Object[] {category, decision.partnerCode(), purpose, agreements}, locale);
        }
        return messages.getMessage("partners.legal-basis.refused." + decision.reason().kebab(),
                new Object[] {category, decision.partnerCode(), purpose, agreements, decision.date().toString()}, locale);
    }
}
