package org.caunoi.hub.enforcement.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.caunoi.hub.platform.Codes;
import org.caunoi.matching.MatchReason;
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
            case IDENTIFIER -> lastWord(reason.entryPart()) + ": " + label;
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

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }
}
