package org.caunoi.hub.enforcement.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.caunoi.matching.ImoNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Takes personal data out of free text that travels in the non-nominal form: the names, documents
 * and tax numbers the case lists, e-mail addresses, anything shaped like a document, ID, tax or
 * phone number, names of persons and companies the hub's name index knows however they are
 * written, and each word of a known person's name written alone. What is taken out becomes {@value #WITHHELD}: the same text goes to partners whose
 * officers read other languages and is shown to this hub's analysts, so the mark is language-neutral.
 */
@Component
public class NonNominalText {

    /** The mark left where something was taken out. */
    public static final String WITHHELD = "[…]";

    /** Name windows of two to four words are screened: a Vietnamese full name is three, rarely more. */
    static final int LONGEST_WINDOW = 4;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** Phone numbers written in groups: "+84 912 345 678", "(028) 3829 1234". */
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\+?\\(?\\d{2,4}\\)?(?:[ .-]\\(?\\d{2,4}\\)?){2,}");
    /** A run of letters and digits, with inner dots, dashes or slashes ("C1234567", "0101234567-001", "2026-11-02"). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-./][\\p{L}\\p{N}]+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Quantities and amounts with separators ("12,500", "2.000.000.000", "12.5"), and HS codes ("2939.45.00"). */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+[.,]\\d{1,2}|\\d{4}\\.\\d{2}(?:\\.\\d{2,4})?");
    /** Plain counts and amounts up to eight digits; a leading zero (tax, phone numbers) or more digits is an identifier. */
    private static final Pattern PLAIN_COUNT = Pattern.compile("[1-9]\\d{4,7}");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("uuuu/M/d"));
    private static final int DIGITS_OF_AN_IDENTIFIER = 5;

    private final CaseNameIndex names;

    public NonNominalText(CaseNameIndex names) {
        this.names = names;
    }

    /** The text with every kind of personal data above taken out; {@code null} stays {@code null}. */
    public @Nullable String clean(@Nullable String text, CaseInput content) {
        if (text == null || text.isBlank()) {
            return text;
        }
        List<Span> withheld = new ArrayList<>();
        find(EMAIL, text, withheld, match -> true);
        keepDates(text, withheld);
        listedMentions(text, content, withheld);
        Set<String> allowed = allowedCodes(content);
        find(GROUPED_NUMBER, text, withheld, match -> digits(match) >= 9 && !AMOUNT.matcher(match).matches());
        find(TOKEN, text, withheld, token -> identifier(token, allowed));
        knownNames(text, withheld);
        knownNameWords(text, content, withheld);
        return replaced(text, withheld);
    }

    /** The same for a text that belongs to no case (an operation alert). */
    public @Nullable String clean(@Nullable String text) {
        return clean(text, new CaseInput(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null));
    }

    /** A part of the text taken out, or kept whatever else it looks like (a date). */
    private record Span(int start, int end, boolean withheld) {

        boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    private static void find(Pattern pattern, String text, List<Span> withheld, Predicate<String> takeOut) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (free(withheld, matcher.start(), matcher.end()) && takeOut.test(matcher.group())) {
                withheld.add(new Span(matcher.start(), matcher.end(), true));
            }
        }
    }

    /** Dates are kept, so that a date beside a number in brackets is not read as a phone number. */
    private static void keepDates(String text, List<Span> spans) {
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (date(matcher.group())) {
                spans.add(new Span(matcher.start(), matcher.end(), false));
            }
        }
    }

    private static boolean free(List<Span> withheld, int start, int end) {
        return withheld.stream().noneMatch(span -> span.overlaps(start, end));
    }

    /** The case's own names, Latin names, documents and tax numbers, whatever their case; the longest first. */
    private static void listedMentions(String text, CaseInput content, List<Span> withheld) {
        List<String> mentions = new ArrayList<>();
        for (Person person : content.personList()) {
            mentions.add(person.name());
            mentions.add(person.latinName());
            if (person.documents() != null) {
                mentions.addAll(person.documents());
            }
        }
        for (Company company : content.companyList()) {
            mentions.add(company.name());
            mentions.add(company.taxNumber());
        }
        mentions.stream().filter(mention -> mention != null && mention.strip().length() > 1).map(String::strip)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(mention -> find(Pattern.compile(Pattern.quote(mention), Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE), text, withheld, match -> true));
    }

    /** What the non-nominal form keeps as a field of its own may stay in the text too: HS code, IMO, containers, flight, plate. */
    private static Set<String> allowedCodes(CaseInput content) {
        Set<String> allowed = new HashSet<>();
        if (content.hsCode() != null) {
            allowed.add(normalised(content.hsCode()));
        }
        CaseInput.Conveyance conveyance = content.conveyance();
        if (conveyance != null) {
            for (String code : new String[] {conveyance.imo(), conveyance.flight(), conveyance.plate()}) {
                if (code != null) {
                    allowed.add(normalised(code));
                    allowed.add(normalised("IMO" + code));
                }
            }
            if (conveyance.containers() != null) {
                conveyance.containers().forEach(container -> allowed.add(normalised(container)));
            }
        }
        return allowed;
    }

    private static boolean identifier(String token, Set<String> allowed) {
        if (digits(token) < DIGITS_OF_AN_IDENTIFIER) {
            return false;
        }
        return !(allowed.contains(normalised(token)) || conveyance(token) || date(token)
                || AMOUNT.matcher(token).matches() || PLAIN_COUNT.matcher(token).matches());
    }

    /**
     * Container and IMO numbers with a right check digit name equipment and vessels, not persons: the
     * non-nominal form keeps them as fields, and a text without a case (an alert) keeps them too.
     */
    private static boolean conveyance(String token) {
        String code = normalised(token);
        return ContainerNumber.isValid(code)
                || code.matches("(IMO)?\\d{7}") && ImoNumber.isValid(code.replaceFirst("^IMO", ""));
    }

    private static boolean date(String token) {
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate.parse(token, format);
                return true;
            }
            catch (DateTimeParseException notThisOne) {
                // try the next way of writing a date
            }
        }
        return false;
    }

    /**
     * Windows of two to four adjacent words (one word for Han script, written without spaces) screened
     * against the name index. Of the windows starting at a word, the best scoring is taken out, unless
     * the window starting at the next word scores as well (the first word, "by", is no part of the name).
     */
    private void knownNames(String text, List<Span> withheld) {
        List<Span> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Span(matcher.start(), matcher.end(), true));
        }
        Map<Long, Window> screened = new HashMap<>();
        int i = 0;
        while (i < words.size()) {
            Window best = best(text, words, i, withheld, screened);
            if (best.score() > 0 && best(text, words, i + 1, withheld, screened).score() < best.score()) {
                withheld.add(new Span(words.get(i).start(), words.get(i + best.length() - 1).end(), true));
                i += best.length();
            }
            else {
                i++;
            }
        }
    }

    /**
     * Single words of the names of the case's persons and of every person the index knows ("ông Hùng",
     * "cùng Zhang"), which the windows above miss when a name is written in part. Names are written with a
     * capital, so only capitalised words are taken (not "thu giữ" for Thu); and a run of capitalised words
     * with a word that is no name is a place, vessel, company or operation ("Hải Phòng", "HAI PHONG STAR"),
     * left as it is. Over-cautious still: a capitalised word alone that is also a known person's name
     * (Long, Hải at the start of a sentence) goes too, in the non-nominal form only. A text in capitals has no
     * runs to go by: each word is taken on its own there.
     */
    private void knownNameWords(String text, CaseInput content, List<Span> withheld) {
        PersonWords listed = new PersonWords();
        for (Person person : content.personList()) {
            for (String name : new String[] {person.name(), person.latinName()}) {
                if (name != null) {
                    listed.add(List.of(name));
                }
            }
        }
        Predicate<String> nameWord = word -> listed.contains(word) || names.personWord(word);
        boolean capitals = text.codePoints().filter(Character::isLowerCase).count()
                < text.codePoints().filter(Character::isUpperCase).count();
        List<Span> run = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            boolean capital = Character.isUpperCase(matcher.group().codePointAt(0));
            boolean joined = !run.isEmpty() && !capitals && joins(text.substring(run.getLast().end(), matcher.start()));
            if (!capital || !joined) {
                withholdNameWords(text, run, nameWord, withheld);
                run.clear();
            }
            if (capital) {
                run.add(new Span(matcher.start(), matcher.end(), true));
            }
        }
        withholdNameWords(text, run, nameWord, withheld);
    }

    private static boolean joins(String between) {
        return between.equals(" ") || between.strip().equals("-");
    }

    private static void withholdNameWords(String text, List<Span> run, Predicate<String> nameWord, List<Span> withheld) {
        List<Span> found = new ArrayList<>();
        for (Span word : run) {
            String spelt = text.substring(word.start(), word.end());
            if (nameWord.test(spelt)) {
                found.add(word);
            }
            else if (!PersonWords.everyday(spelt)) {
                return;
            }
        }
        found.stream().filter(word -> free(withheld, word.start(), word.end())).forEach(withheld::add);
    }

    private record Window(int length, double score) {
    }

    private Window best(String text, List<Span> words, int from, List<Span> withheld, Map<Long, Window> screened) {
        Window best = new Window(1, 0);
        for (int length = 1; length <= Math.min(LONGEST_WINDOW, words.size() - from); length++) {
            long key = (long) from * LONGEST_WINDOW + length;
            Window window = screened.get(key);
            if (window == null) {
                Span first = words.get(from);
                Span last = words.get(from + length - 1);
                String phrase = text.substring(first.start(), last.end());
                double score = worthScreening(text, words, from, length, phrase) && free(withheld, first.start(), last.end())
                        ? names.personOrCompanyScore(phrase) : 0;
                window = new Window(length, score);
                screened.put(key, window);
            }
            if (window.score() >= best.score() && window.score() > 0) {
                best = window;
            }
        }
        return best;
    }

    /** One word only when it is Han script; words separated by nothing but spaces or hyphens. */
    private static boolean worthScreening(String text, List<Span> words, int from, int length, String window) {
        if (length == 1) {
            return window.length() >= 2 && window.codePoints().allMatch(
                    point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN);
        }
        for (int k = from; k < from + length - 1; k++) {
            String between = text.substring(words.get(k).end(), words.get(k + 1).start());
            if (!between.isBlank() && !between.strip().equals("-")) {
                return false;
            }
        }
        return true;
    }

    private static String replaced(String text, List<Span> withheld) {
        withheld.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : withheld) {
            if (span.withheld()) {
                out.append(text, at, span.start()).append(WITHHELD);
                at = span.end();
            }
        }
        return out.append(text.substring(at)).toString();
    }

    private static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }

    private static String normalised(String code) {
        return code.replaceAll("[\\s./-]", "").toUpperCase(Locale.ROOT);
    }
}
