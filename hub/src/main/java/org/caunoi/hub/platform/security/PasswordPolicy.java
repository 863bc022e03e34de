package org.caunoi.hub.platform.security;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a password that an officer or the operator chooses must not be, after NIST SP 800-63B
 * (5.1.1.2): long enough, and not what is guessed first: the user name, a repeated character or a
 * sequence, the hub's own obvious words. No composition rules (a digit, a capital): they make a
 * password harder to remember, not to guess. One policy for the administrator's password given at
 * start and for an officer's own.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    /** The hub's name and "password" in both languages: the first words tried against a CauNoi hub. */
    static final List<String> OBVIOUS_WORDS = List.of("caunoi", "password", "matkhau");

    /** Runs an attacker tries first, each read forwards or backwards and going round at its end (…890123). */
    private static final List<String> SEQUENCES = List.of("0123456789", "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm");

    /** One character, or a group of up to four, over and over. */
    private static final Pattern REPEATED = Pattern.compile("(.{1,4})\\1+", Pattern.DOTALL);

    /** Why a password is refused: the bundles' sentence that says what to fix, and its arguments. */
    public enum Weakness {
        LENGTH("platform.password.length", MINIMUM_LENGTH, MAXIMUM_LENGTH),
        CONTAINS_USERNAME("platform.password.contains-username"),
        REPEATED("platform.password.repeated"),
        SEQUENCE("platform.password.sequence"),
        OBVIOUS_WORD("platform.password.obvious-word");

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
        if (password.length() < MINIMUM_LENGTH || password.length() > MAXIMUM_LENGTH) {
            return Optional.of(Weakness.LENGTH);
        }
        String plain = plain(password);
        if (!username.isBlank() && plain.contains(plain(username))) {
            return Optional.of(Weakness.CONTAINS_USERNAME);
        }
        if (REPEATED.matcher(plain).matches()) {
            return Optional.of(Weakness.REPEATED);
        }
        if (SEQUENCES.stream().anyMatch(sequence -> runsThrough(plain, sequence))) {
            return Optional.of(Weakness.SEQUENCE);
        }
        String word = unleet(plain).replaceAll("[^a-z0-9]", "");
        if (OBVIOUS_WORDS.stream().anyMatch(word::contains)) {
            return Optional.of(Weakness.OBVIOUS_WORD);
        }
        return Optional.empty();
    }

    /** Lower case without diacritics, so that "Mật Khẩu" is "mat khau" and "ADMIN" is "admin". */
    private static String plain(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Digits and signs read as the letters they stand in for ("p@ssw0rd"). */
    private static String unleet(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            letters.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return letters.toString();
    }

    /** Whether every character of {@code text} follows the one before it in {@code sequence}, one way throughout. */
    private static boolean runsThrough(String text, String sequence) {
        for (int step : new int[] {1, -1}) {
            boolean straight = true;
            for (int i = 1; i < text.length() && straight; i++) {
                int previous = sequence.indexOf(text.charAt(i - 1));
                int current = sequence.indexOf(text.charAt(i));
                straight = previous >= 0 && current == Math.floorMod(previous + step, sequence.length());
            }
            if (straight) {
                return true;
            }
        }
        return false;
    }
}
