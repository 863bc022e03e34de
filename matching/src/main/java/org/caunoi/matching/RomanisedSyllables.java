package org.caunoi.matching;

/**
 * One Korean or Chinese syllable as different romanisation systems write it. McCune-Reischauer,
 * the Revised Romanization and the spellings people choose for themselves write one Korean
 * consonant as k or g, p or b, t or d, ch or j, with or without an aspiration mark (Kwang / Gwang,
 * Pong / Bong, Chin / Jin, Ch'a / Cha), and one vowel as o or eo, u or eu or oo (Chol / Cheol,
 * Sung / Seung, Mun / Moon); Wade-Giles and pinyin write one Chinese initial as ch or zh, j, q,
 * ts or z, c, and hs or x (Chang / Zhang, Tsui / Cui, Hsu / Xu). Such pairs are read here as one
 * syllable once the initial is reduced to its class and those vowel spellings to one. Two words
 * that are both Vietnamese syllables stay apart: there these letters make other names (Tùng /
 * Dũng, Bông / Phong).
 */
final class RomanisedSyllables {

    /** Longer words are no single syllable of these languages. */
    private static final int LONGEST = 7;

    private RomanisedSyllables() {
    }

    /** Whether two different folded words are romanisations of one Korean or Chinese syllable. */
    static boolean same(String a, String b) {
        if (a.length() > LONGEST || b.length() > LONGEST || a.length() < 2 || b.length() < 2
                || a.charAt(a.length() - 1) != b.charAt(b.length() - 1) || a.equals(b)) {
            return false;
        }
        String ka = key(a);
        return ka != null && ka.equals(key(b)) && !(VietnameseSyllables.isSyllable(a) && VietnameseSyllables.isSyllable(b));
    }

    /**
     * The syllable with its initial reduced to a class (upper case) and oo, eo, eu written as the one
     * vowel they stand for; null when the word does not start like a syllable these systems write.
     */
    static String key(String word) {
        int rest = initialLength(word);
        if (rest < 0 || rest >= word.length()) {
            return null;
        }
        StringBuilder key = new StringBuilder(word.length()).append(initialClass(word, rest));
        for (int i = rest; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            if (c == 'o' && next == 'o' || c == 'e' && next == 'u') {
                key.append('u');
                i++;
            } else if (c == 'e' && next == 'o') {
                key.append('o');
                i++;
            } else if (c < 'a' || c > 'z') {
                return null;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** How many letters the initial takes: 0 for a vowel, -1 for a word that is no syllable's. */
    private static int initialLength(String word) {
        char a = word.charAt(0);
        char b = word.charAt(1);
        char c = word.length() > 2 ? word.charAt(2) : 0;
        if (a == 't' && b == 'c' && c == 'h') {
            return 3;
        }
        if (b == 'h' && (a == 'c' || a == 'z' || a == 'k' || a == 'p' || a == 't') || a == 't' && (b == 's' || b == 'z') || a == 'h' && b == 's') {
            return 2;
        }
        if (a == 'a' || a == 'e' || a == 'i' || a == 'o' || a == 'u') {
            return 0;
        }
        return a >= 'a' && a <= 'z' ? 1 : -1;
    }

    /**
     * K for k g kh, P for p b ph, T for t d th, C for the affricates (ch j q zh z c ts tz tch), X for
     * hs x, any other consonant itself; a vowel has no initial.
     */
    private static String initialClass(String word, int length) {
        if (length == 0) {
            return "";
        }
        char a = word.charAt(0);
        char b = word.charAt(1);
        return switch (a) {
            case 'k', 'g' -> "K";
            case 'p', 'b' -> "P";
            case 't', 'd' -> length > 1 && b != 'h' ? "C" : "T";
            case 'c', 'j', 'q', 'z' -> "C";
            case 'x' -> "X";
            case 'h' -> length > 1 ? "X" : "h";
            default -> String.valueOf(a);
        };
    }
}
