package org.caunoi.hub.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link LegalBasis}: allowed with the agreements that allow it and the conditions that
 * follow from them, or refused with the reason and the agreements that came closest.
 *
 * @param onwardTransmissionNeedsConsent true when any allowing agreement asks for the sender's consent
 *        (the hub takes the stricter reading)
 * @param answerDeadlineDays the shortest answer deadline among the allowing agreements, if any sets one
 */
public record LegalBasisDecision(String partnerCode, DataCategory category, Purpose purpose, LocalDate date,
        boolean allowed, @Nullable RefusalReason reason, List<AgreementRef> agreements,
        boolean onwardTransmissionNeedsConsent, @Nullable Integer answerDeadlineDays) {

    public LegalBasisDecision {
        agreements = List.copyOf(agreements);
    }

    /** An agreement named in a decision. */
    public record AgreementRef(long id, AgreementKind kind, String titleVi, String titleEn, String signed) {

        /** The title in that language: English for {@code en}, Vietnamese otherwise, as {@link Agreement#title}. */
        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
        }

        public static AgreementRef of(Agreement agreement) {
            return new AgreementRef(agreement.id(), agreement.kind(), agreement.titleVi(), agreement.titleEn(),
                    agreement.signedDisplay());
        }
    }
}
