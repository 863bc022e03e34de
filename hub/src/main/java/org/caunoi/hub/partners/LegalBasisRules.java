package org.caunoi.hub.partners;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The legal-basis rules as a pure function of a partner's agreements, so that every refusal reason
 * can be tested in a table without a database. An agreement allows an exchange when it is in force
 * on the date, covers the category, allows personal data if the category carries any, and permits
 * the purpose; the decision names every agreement that allows it.
 */
public final class LegalBasisRules {

    private LegalBasisRules() {
    }

    public static LegalBasisDecision decide(String partnerCode, boolean partnerKnown, List<Agreement> agreements,
            DataCategory category, Purpose purpose, LocalDate date) {
        if (!partnerKnown) {
            return refused(partnerCode, category, purpose, date, RefusalReason.UNKNOWN_PARTNER, List.of());
        }
        if (agreements.isEmpty()) {
            return refused(partnerCode, category, purpose, date, RefusalReason.NO_AGREEMENT, List.of());
        }
        Map<Agreement, Optional<RefusalReason>> outcomes = agreements.stream()
                .collect(Collectors.toMap(agreement -> agreement, agreement -> whyNot(agreement, category, purpose, date),
                        (first, second) -> first, LinkedHashMap::new));
        List<Agreement> allowing = outcomes.entrySet().stream()
                .filter(entry -> entry.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
        if (!allowing.isEmpty()) {
            boolean consent = allowing.stream().anyMatch(a -> a.profile().onwardTransmissionNeedsConsent());
            @Nullable Integer deadline = allowing.stream()
                    .map(a -> a.profile().answerDeadlineDays())
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            return new LegalBasisDecision(partnerCode, category, purpose, date, true, null,
                    allowing.stream().map(LegalBasisDecision.AgreementRef::of).toList(), consent, deadline);
        }
        RefusalReason furthest = outcomes.values().stream()
                .map(Optional::orElseThrow)
                .max(Comparator.comparingInt(RefusalReason::stage))
                .orElseThrow();
        List<Map.Entry<Agreement, Optional<RefusalReason>>> closestOutcomes = outcomes.entrySet().stream()
                .filter(entry -> entry.getValue().orElseThrow().stage() == furthest.stage())
                .toList();
        List<Agreement> closest = closestOutcomes.stream().map(Map.Entry::getKey).toList();
        RefusalReason reason = closestOutcomes.size() == 1 ? closestOutcomes.getFirst().getValue().orElseThrow() : furthest;
        return refused(partnerCode, category, purpose, date, reason, closest);
    }

    /**
     * Why no agreement with the partner is in force on the date, or empty when one is: what a
     * message that carries no data (a connectivity check) needs. Among several agreements not in
     * force, the reason of the one that came closest.
     */
    public static Optional<RefusalReason> whyNoneInForce(boolean partnerKnown, List<Agreement> agreements, LocalDate date) {
        if (!partnerKnown) {
            return Optional.of(RefusalReason.UNKNOWN_PARTNER);
        }
        RefusalReason closest = RefusalReason.NO_AGREEMENT;
        for (Agreement agreement : agreements) {
            Optional<RefusalReason> whyNot = agreement.whyNotInForceOn(date);
            if (whyNot.isEmpty()) {
                return Optional.empty();
            }
            if (closest == RefusalReason.NO_AGREEMENT || whyNot.get().stage() > closest.stage()) {
                closest = whyNot.get();
            }
        }
        return Optional.of(closest);
    }

    /** Why this one agreement does not allow the exchange, or empty when it does. */
    static Optional<RefusalReason> whyNot(Agreement agreement, DataCategory category, Purpose purpose, LocalDate date) {
        Optional<RefusalReason> temporal = agreement.whyNotInForceOn(date);
        if (temporal.isPresent()) {
            return temporal;
        }
        ExchangeProfile profile = agreement.profile();
        if (!profile.categories().contains(category)) {
            return Optional.of(RefusalReason.CATEGORY_NOT_COVERED);
        }
        if (category.personalData() && !profile.personalDataAllowed()) {
            return Optional.of(RefusalReason.PERSONAL_DATA_NOT_ALLOWED);
        }
        if (!profile.purposes().contains(purpose)) {
            return Optional.of(RefusalReason.PURPOSE_NOT_PERMITTED);
        }
        return Optional.empty();
    }

    private static LegalBasisDecision refused(String partnerCode, DataCategory category, Purpose purpose,
            LocalDate date, RefusalReason reason, List<Agreement> closest) {
        return new LegalBasisDecision(partnerCode, category, purpose, date, false, reason,
                closest.stream().map(LegalBasisDecision.AgreementRef::of).toList(), false, null);
    }
}
