package org.caunoi.hub.platform.reference;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Countries as officers write them and as the hub keeps them: an ISO 3166 alpha-2 code, an alpha-3
 * code, or the country's name in Vietnamese or English (accents, case and spacing do not matter) all
 * give the alpha-2 code; screens show the code as the name in the reader's language: the JDK's name,
 * unless the bundles name it {@code platform.country.<code>} (Hong Kong as the glossary writes it).
 */
@Component("countryNames")
public class CountryNames {

    private static final Locale VIETNAMESE = Locale.of("vi");

    /** Names officers use that the JDK's display names do not give (they say "Hong Kong SAR China"). */
    private static final Map<String, List<String>> ALSO_CALLED = Map.of(
            "HK", List.of("Hong Kong", "Hồng Kông", "Hong Kong, China"),
            "MO", List.of("Macao", "Macau", "Ma Cao"),
            "LA", List.of("Lao PDR", "Lao"),
            "US", List.of("USA", "Mỹ"),
            "GB", List.of("UK", "Anh"));

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private final MessageSource messages;
    private final Map<String, String> byName;

    public CountryNames(MessageSource messages) {
        this.messages = messages;
        Map<String, String> names = new HashMap<>();
        Map<String, String> parts = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> ambiguousParts = new HashSet<>();
        for (String code : CODES) {
            Locale country = Locale.of("", code);
            add(names, ambiguous, code, country.getISO3Country());
            for (Locale language : List.of(VIETNAMESE, Locale.ENGLISH)) {
                for (String name : List.of(country.getDisplayCountry(language), of(code, language))) {
                    add(names, ambiguous, code, name);
                    // "Myanmar (Miến Điện)", "Congo - Kinshasa": each part names the country too, unless it names another.
                    for (String part : name.split("[()]| - ")) {
                        add(parts, ambiguousParts, code, part);
                    }
                }
            }
        }
        parts.forEach(names::putIfAbsent);
        ALSO_CALLED.forEach((code, aliases) -> aliases.forEach(alias -> names.put(normalised(alias), code)));
        this.byName = Map.copyOf(names);
    }

    /** A country in a choice list: its code and its name. */
    public record Choice(String code, String name) {
    }

    /** The ISO 3166 alpha-2 code the text names; empty when it names no country or several. */
    public Optional<String> code(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (CODES.contains(code)) {
            return Optional.of(code);
        }
        return Optional.ofNullable(byName.get(normalised(text)));
    }

    /** The country's name in the reader's language; what is no ISO code (a partner such as ASEAN) as it is. */
    public String of(@Nullable String code) {
        return of(code, LocaleContextHolder.getLocale());
    }

    public String of(@Nullable String code, Locale language) {
        if (code == null) {
            return "";
        }
        if (!CODES.contains(code)) {
            return code;
        }
        String name = Locale.of("", code).getDisplayCountry(language);
        String named = messages.getMessage("platform.country." + code, null, name, language);
        return named == null ? name : named;
    }

    /** Every country by its name in the language, in that language's alphabetical order: what a form offers. */
    public List<Choice> choices(Locale language) {
        Collator order = Collator.getInstance(language);
        return CODES.stream().map(code -> new Choice(code, of(code, language)))
                .sorted(Comparator.comparing(Choice::name, order)).toList();
    }

    /** Lower case, without accents, spaces or punctuation: "Việt Nam", "viet nam" and "VIETNAM" are one name. */
    public static String normalised(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static void add(Map<String, String> names, Set<String> ambiguous, String code, String name) {
        String key = normalised(name);
        if (key.isEmpty() || ambiguous.contains(key)) {
            return;
        }
        String before = names.putIfAbsent(key, code);
        if (before != null && !before.equals(code)) {
            names.remove(key);
            ambiguous.add(key);
        }
    }
}
