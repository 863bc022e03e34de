package org.caunoi.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Turns a name as written into its comparable readings ({@link NameVariant}s): NFKC, words split
 * on punctuation, initialisms joined ("S.A." → "sa"), diacritics folded, other scripts
 * transliterated, Han read in Hán-Việt and in pinyin, legal forms set apart, abbreviations expanded,
 * and for companies a reading with business words as English terms ({@link BusinessTerms}).
 */
final class NameAnalyzer {

    private static final Pattern INITIALISM = Pattern.compile("(\\p{L}\\.){2,}\\p{L}?\\.?");

    private NameAnalyzer() {
    }

    /**
     * @param stripForms whether legal forms at the start or end are set apart (not for persons)
     * @param keepUnstripped also return the reading with forms kept as words, for names whose type
     *                       is unknown ("Nguyen Thi Sa" must not lose "Sa" to the form S.A.)
     */
    static List<NameVariant> analyze(String name, boolean stripForms, boolean keepUnstripped) {
        return analyze(name, stripForms, keepUnstripped, Phonetics::of);
    }

    /**
     * {@link #analyze(String, boolean, boolean)} with the {@link Phonetics} keys of romanised words
     * taken from {@code phonetics} (a query takes those of the words the index already knows
     * instead of encoding them again).
     */
    static List<NameVariant> analyze(String name, boolean stripForms, boolean keepUnstripped, ToLongFunction<String> phonetics) {
        String text = TextFolding.nfkc(name).strip();
        List<CompanyForm> hanForms = new ArrayList<>();
        if (stripForms) {
            text = stripHanForms(text, hanForms);
        }
        List<RawWord> raw = split(text);
        boolean hasHan = raw.stream().anyMatch(RawWord::han);
        List<List<NameToken>> readings = new ArrayList<>();
        readings.add(read(raw, NameToken.Origin.HAN_VIET, phonetics));
        if (hasHan) {
            readings.add(read(raw, NameToken.Origin.PINYIN, phonetics));
            List<NameToken> joined = joinGivenName(raw);
            if (joined != null) {
                readings.add(joined);
            }
        }
        List<NameVariant> variants = new ArrayList<>(readings.size() + 1);
        for (List<NameToken> words : readings) {
            List<NameToken> kept = expandAbbreviations(words, phonetics);
            if (stripForms) {
                List<NameToken> stripped = new ArrayList<>(kept);
                List<CompanyForm> forms = new ArrayList<>(hanForms);
                forms.addAll(CompanyForms.strip(stripped));
                variants.add(new NameVariant(List.copyOf(stripped), List.copyOf(forms)));
                // a company's name also read with its business words as English terms; the name as
                // written stays a reading of its own, so nothing it matched before is lost
                for (List<NameToken> terms : BusinessTerms.readings(stripped, phonetics)) {
                    variants.add(new NameVariant(List.copyOf(terms), List.copyOf(forms)));
                }
                if (keepUnstripped && forms.size() > hanForms.size()) {
                    variants.add(new NameVariant(List.copyOf(kept), List.copyOf(hanForms)));
                }
            } else {
                variants.add(new NameVariant(List.copyOf(kept), List.of()));
            }
        }
        return variants;
    }

    private record RawWord(String text, boolean han) {
    }

    private static String stripHanForms(String text, List<CompanyForm> forms) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, CompanyForms.Kind> form : CompanyForms.HAN) {
                String t = text.strip();
                if (t.length() > form.getKey().length() && t.endsWith(form.getKey())) {
                    forms.add(new CompanyForm(form.getKey(), form.getValue()));
                    text = t.substring(0, t.length() - form.getKey().length());
                    changed = true;
                    break;
                }
            }
        }
        return text.strip();
    }

    /** Words are runs of letters, digits and marks; apostrophes join, each Han character stands alone. */
    private static List<RawWord> split(String text) {
        List<RawWord> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (TextFolding.isHan(cp)) {
                flush(current, words);
                words.add(new RawWord(new String(Character.toChars(cp)), true));
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK || cp == '.') {
                current.appendCodePoint(cp);
            } else if (cp == '\'' || cp == '’' || cp == 'ʻ' || cp == 'ʼ' || cp == '`') {
                // O'Brien, 'Abd al-Rahman: the apostrophe is part of the spelling, not a break
            } else {
                flush(current, words);
            }
        }
        flush(current, words);
        return words;
    }

    private static void flush(StringBuilder current, List<RawWord> words) {
        if (current.isEmpty()) {
            return;
        }
        String word = current.toString();
        current.setLength(0);
        if (INITIALISM.matcher(word).matches()) {
            words.add(new RawWord(word.replace(".", ""), false));
            return;
        }
        for (String part : word.split("\\.")) {
            if (!part.isEmpty()) {
                words.add(new RawWord(part, false));
            }
        }
    }

    private static List<NameToken> read(List<RawWord> raw, NameToken.Origin hanOrigin, ToLongFunction<String> phonetics) {
        List<NameToken> tokens = new ArrayList<>(raw.size());
        for (RawWord word : raw) {
            NameToken token = word.han() ? readHan(word.text(), hanOrigin) : readLatin(word.text(), phonetics);
            if (!token.folded().isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static NameToken readLatin(String word, ToLongFunction<String> phonetics) {
        boolean foreign = TextFolding.isForeignScript(word);
        String folded = TextFolding.fold(word);
        return new NameToken(word, folded, foreign ? NameToken.Origin.TRANSLITERATED : NameToken.Origin.LATIN, List.of(),
                phonetics.applyAsLong(folded));
    }

    private static NameToken readHan(String character, NameToken.Origin origin) {
        int cp = character.codePointAt(0);
        if (origin == NameToken.Origin.HAN_VIET) {
            List<String> readings = HanVietReadings.readings(cp);
            if (readings != null) {
                List<String> folded = readings.stream().map(TextFolding::fold).distinct().toList();
                return new NameToken(character, folded.getFirst(), NameToken.Origin.HAN_VIET,
                        folded.subList(1, folded.size()));
            }
        }
        return new NameToken(character, TextFolding.pinyin(cp), NameToken.Origin.PINYIN);
    }

    /** Pinyin names join the given name's syllables ("Ruan Wenxiong"): offer that reading too. */
    private static List<NameToken> joinGivenName(List<RawWord> raw) {
        int hanCount = (int) raw.stream().filter(RawWord::han).count();
        if (hanCount < 3 || hanCount != raw.size()) {
            return null;
        }
        List<NameToken> tokens = new ArrayList<>();
        tokens.add(readHan(raw.getFirst().text(), NameToken.Origin.PINYIN));
        StringBuilder original = new StringBuilder();
        StringBuilder folded = new StringBuilder();
        for (RawWord word : raw.subList(1, raw.size())) {
            original.append(word.text());
            folded.append(TextFolding.pinyin(word.text().codePointAt(0)));
        }
        tokens.add(new NameToken(original.toString(), folded.toString(), NameToken.Origin.PINYIN));
        return tokens;
    }

    private static List<NameToken> expandAbbreviations(List<NameToken> words, ToLongFunction<String> phonetics) {
        List<NameToken> out = null;
        for (int i = 0; i < words.size(); i++) {
            NameToken word = words.get(i);
            List<String> expansion = words.size() > 1 ? Abbreviations.expansion(word.folded()) : null;
            if (expansion != null && out == null) {
                out = new ArrayList<>(words.subList(0, i));
            }
            if (expansion != null) {
                for (String part : expansion) {
                    out.add(new NameToken(word.original(), part, NameToken.Origin.ABBREVIATION, List.of(), phonetics.applyAsLong(part)));
                }
            } else if (out != null) {
                out.add(word);
            }
        }
        return out == null ? words : out;
    }
}
