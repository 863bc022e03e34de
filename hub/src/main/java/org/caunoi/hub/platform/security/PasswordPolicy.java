package org.caunoi.hub.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nulabinc.zxcvbn.Context;
import com.nulabinc.zxcvbn.Matching;
import com.nulabinc.zxcvbn.MatchSequence;
import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Scoring;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Keyboard;
import com.nulabinc.zxcvbn.matchers.Match;

/**
 * What a password that an officer or the operator chooses must not be, after NIST SP 800-63B
 * (5.1.1.2): long enough, without the user name or the hub's own words, and not quickly guessed,
 * as zxcvbn (zxcvbn4j) estimates it from its lists of commonly used passwords, words and names, and
 * the keyboard runs, sequences, repeats, dates and l33t disguises it recognises. No composition rules
 * (a digit, a capital): they make a password harder to remember, not to guess. One policy for the
 * administrator's password given at start and for an officer's own.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    /** bcrypt reads no more of a password, and Spring Security refuses to hash a longer one. */
    public static final int MAXIMUM_BYTES = 72;

    /**
     * Fewer guesses than 10^8 (zxcvbn's score below 3) is refused. Online, the sign-in throttle lets an
     * account fail 5 times in 15 minutes, about 175 000 tries a year: 10^8 lasts centuries. 10^10
     * (score 4) would also refuse two-word passphrases of the minimum length, such as "orange lantern"
     * (10^8.1) or "buffalo in rice" (10^9.5).
     */
    static final double MINIMUM_GUESSES_LOG10 = 8;

    /**
     * The hub's name and the words tried first against it, in both languages; refused anywhere in a
     * password, also as "C4u-N0i", "P@ssw0rd" or backwards. Country names and node codes are not here:
     * zxcvbn's own lists know "vietnam", and "la" or "hk" inside a passphrase says nothing.
     */
    static final List<String> HUB_WORDS = List.of("cau noi", "hai quan", "customs", "mat khau", "password");

    /** What people put between the parts of a name: "cau-noi", "lan.nguyen". */
    private static final List<String> SEPARATORS = List.of("", " ", "-", ".", "_");

    /**
     * The hub's words made of Vietnamese syllables count only as whole syllables: "hai quan" sits
     * inside the name "Thái Quang", "cau noi" inside "xấu nói". English words count anywhere.
     */
    private static final List<String> SYLLABLE_WORDS = HUB_WORDS.stream().filter(word -> word.contains(" "))
            .flatMap(word -> spellings(word).stream()).toList();

    private static final String USER_INPUTS = "user_inputs";

    private static final int MINIMUM_NAME_REFUSED = 4;

    /** Why a password is refused: the bundles' sentence that says what to fix, and its arguments. */
    public enum Weakness {
        LENGTH("platform.password.length", MINIMUM_LENGTH),
        TOO_LONG("platform.password.too-long", MAXIMUM_BYTES),
        CONTAINS_USERNAME("platform.password.contains-username"),
        OBVIOUS_WORD("platform.password.obvious-word"),
        COMMON_PASSWORD("platform.password.common"),
        DICTIONARY_WORD("platform.password.dictionary-word"),
        KEYBOARD_RUN("platform.password.keyboard"),
        SEQUENCE("platform.password.sequence"),
        REPEATED("platform.password.repeated"),
        DATE("platform.password.date");

        private final String messageKey;
        private final Object[] arguments;

        Weakness(String messageKey, Object... arguments) {
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private PasswordPolicy() {
    }

    /** The first rule {@code password} breaks for the officer {@code username}; empty when it breaks none. */
    public static Optional<Weakness> check(String username, String password) {
        // Diacritics off, so "mật khẩu" meets "mat khau"; characters counted as the officer sees them.
        String plain = withoutDiacritics(password);
        if (plain.length() < MINIMUM_LENGTH) {
            return Optional.of(Weakness.LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of(Weakness.TOO_LONG);
        }
        List<String> names = username.isBlank() ? List.of() : spellings(withoutDiacritics(username).toLowerCase(Locale.ROOT));
        List<String> userInputs = new ArrayList<>(names);
        HUB_WORDS.forEach(word -> userInputs.addAll(spellings(word)));
        List<Match> matches = new Matching(Estimator.INSTANCE.context, userInputs).omnimatch(plain).stream()
                .filter(match -> !partOfALongerSyllable(match, plain)).toList();
        return wordOfTheHubOrName(matches, names).or(() -> tooGuessable(plain, matches));
    }

    /**
     * The user name or one of the hub's words, found among all the matches, not only the cheapest
     * reading: "MyPassword…" reads best as the common "mypassword", and still contains "password".
     */
    private static Optional<Weakness> wordOfTheHubOrName(List<Match> matches, List<String> names) {
        List<String> found = matches.stream().filter(match -> USER_INPUTS.equals(match.dictionaryName))
                .map(match -> match.matchedWord.toString()).toList();
        // A user name as short as "an" or "bao" is in too many passphrases to refuse wherever it is:
        // it only lowers the estimate.
        if (found.stream().anyMatch(word -> names.contains(word) && word.length() >= MINIMUM_NAME_REFUSED)) {
            return Optional.of(Weakness.CONTAINS_USERNAME);
        }
        return found.stream().anyMatch(word -> !names.contains(word)) ? Optional.of(Weakness.OBVIOUS_WORD) : Optional.empty();
    }

    /** Whether {@code match} is one of the hub's Vietnamese words found inside a longer syllable. */
    private static boolean partOfALongerSyllable(Match match, String password) {
        return USER_INPUTS.equals(match.dictionaryName) && SYLLABLE_WORDS.contains(match.matchedWord.toString())
                && (letterAt(password, match.i - 1) || letterAt(password, match.j + 1));
    }

    private static boolean letterAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetter(text.charAt(index));
    }

    /** The weakness to name when zxcvbn's cheapest reading of {@code password} takes too few guesses. */
    private static Optional<Weakness> tooGuessable(String password, List<Match> matches) {
        MatchSequence reading = new Scoring(Estimator.INSTANCE.context).calculateMostGuessableMatchSequence(password, matches);
        if (Math.log10(reading.getGuesses()) >= MINIMUM_GUESSES_LOG10) {
            return Optional.empty();
        }
        // What explains most of the password is what to change, as zxcvbn's own feedback reasons.
        // Brute force alone never gets here: 12 characters of it are 10^12 guesses.
        return reading.getSequence().stream().filter(match -> match.pattern != Pattern.Bruteforce)
                .max(Comparator.comparingInt(Match::tokenLength)).map(PasswordPolicy::weaknessOf);
    }

    private static Weakness weaknessOf(Match match) {
        return switch (match.pattern) {
            case Dictionary -> switch (match.dictionaryName) {
                case StandardDictionaries.PASSWORDS -> Weakness.COMMON_PASSWORD;
                // Only a short user name is left among them by now.
                case USER_INPUTS -> Weakness.CONTAINS_USERNAME;
                default -> Weakness.DICTIONARY_WORD;
            };
            case Spatial -> Weakness.KEYBOARD_RUN;
            // zxcvbn reads "aaaaaaaa" as a sequence that steps by nothing: to the officer, a repeat.
            case Sequence -> match.token.chars().distinct().count() == 1 ? Weakness.REPEATED : Weakness.SEQUENCE;
            case Repeat -> Weakness.REPEATED;
            case Date, Regex -> Weakness.DATE;
            case Bruteforce -> throw new IllegalArgumentException("brute force is no weakness to name");
        };
    }

    /** {@code words} written together and with each separator between its parts. */
    private static List<String> spellings(String words) {
        String[] parts = words.split("[ ._-]+");
        return SEPARATORS.stream().map(separator -> String.join(separator, parts)).distinct().toList();
    }

    /** "Mật Khẩu" as "Mat Khau"; the case stays, zxcvbn counts it. */
    private static String withoutDiacritics(String text) {
        String dotless = text.replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(dotless, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** zxcvbn's lists and keyboards, read once at the first check (0.2 to 0.5 s here) and shared: they never change. */
    private static final class Estimator {

        static final Estimator INSTANCE = new Estimator();

        final Context context;

        private Estimator() {
            try {
                Map<String, Dictionary> dictionaries = StandardDictionaries.loadAllDictionaries().stream()
                        .collect(Collectors.toMap(Dictionary::getName, Function.identity()));
                Map<String, Keyboard> keyboards = StandardKeyboards.loadAllKeyboards().stream()
                        .collect(Collectors.toMap(Keyboard::getName, Function.identity()));
                context = new Context(dictionaries, keyboards);
            }
            catch (IOException e) {
                throw new UncheckedIOException("zxcvbn's lists are not in the hub's jar", e);
            }
        }
    }
}
