package org.caunoi.hub.partners;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caunoi.hub.platform.i18n.Sentences;

/** Looks up a partner by its code, for modules that attach their own settings to partners. */
public interface Partners {

    /** Worded {@code {0}} in Vietnamese and {@code {1}} in English: a partner's name in the reader's language. */
    String NAME = "partners.partner-name";

    Optional<Partner> partner(String code);

    /** Every partner the hub knows, by region then code: what an officer chooses from. */
    List<Partner> all();

    /**
     * Every partner in the alphabetical order of its name in the language (Vietnamese order for a
     * Vietnamese officer): what a drop-down offers, where the order by region put Sudan first.
     */
    default List<Partner> byName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return all().stream().sorted(Comparator.comparing((Partner partner) -> partner.name(locale), collator)).toList();
    }

    /** The partner's name in the language; the code where the hub knows no such partner. */
    default String name(String code, Locale locale) {
        return partner(code).map(partner -> partner.name(locale)).orElse(code);
    }

    /** Every partner's name in the language, by code: one read for a whole page, chart or download. */
    default Map<String, String> names(Locale locale) {
        return all().stream().collect(Collectors.toMap(Partner::code, partner -> partner.name(locale)));
    }

    /**
     * The partner as an argument of a stored sentence (a notification, a history entry): both names
     * kept, so it is named in the reader's language when read; the code where the hub knows no such partner.
     */
    default String inSentence(String code) {
        return partner(code).map(partner -> Sentences.of(NAME, partner.nameVi(), partner.nameEn())).orElse(code);
    }
}
