package org.caunoi.hub.enforcement.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.caunoi.hub.platform.Codes;
import org.caunoi.matching.MatchReason;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Why a name matched, in the officer's language: the matcher's reasons ("Nguyễn ≈ Nguyen: diacritics")
 * with each kind named by the module's bundle ({@code enforcement.match-kind.diacritics}). The
 * matching library stays free of languages; it gives kinds, the hub words them.
 */
final class MatchExplanations {

    private MatchExplanations() {
    }

    static String of(List<MatchReason> reasons, MessageSource messages, Locale locale) {
        return reasons.stream().map(reason -> of(reason, messages, locale)).collect(Collectors.joining("; "));
    }

    private static String of(MatchReason reason, MessageSource messages, Locale locale) {
        String label = messages.getMessage("enforcement.match-kind." + Codes.of(reason.kind()), null, reason.kind().label(), locale);
        return switch (reason.kind()) {
            // The library writes an identifier with its type in English ("other C1234567", "imo 9074729"); the number is what an officer reads.
            case IDENTIFIER -> lastWord(reason.entryPart()) + ": " + identifierLabel(reason.entryPart(), label, messages, locale);
            case UNMATCHED_QUERY_PART -> reason.queryPart() + ": " + label;
            case UNMATCHED_ENTRY_PART, MIDDLE_NAME_MISSING -> reason.entryPart() + ": " + label;
            case SPELLING -> reason.queryPart() + " ≈ " + reason.entryPart() + ": " + label + " " + similarity(reason, locale);
            default -> reason.queryPart() + " " + reason.kind().symbol() + " " + reason.entryPart() + ": " + label;
        };
    }

    private static String similarity(MatchReason reason, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(reason.similarity());
    }

    /** A company's tax number or a vessel's IMO number named as such, not as a person's document. */
    private static @Nullable String identifierLabel(String entryPart, @Nullable String label, MessageSource messages,
            Locale locale) {
        String type = entryPart.substring(0, Math.max(0, entryPart.indexOf(' ')));
        return switch (type) {
            case "tax_number" -> messages.getMessage("enforcement.match-kind.tax-number", null, locale);
            case "imo" -> messages.getMessage("enforcement.match-kind.imo", null, locale);
            default -> label;
        };
    }

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }
}
