package org.caunoi.matching;

/**
 * Compares a word written in Arabic script with a romanised one. The script leaves short vowels
 * unwritten, so its transliteration (محمد → mhmd) is a consonant skeleton that the spelling and
 * sound tests, made for two romanisations, never pair with Mohammad or Muhammad; both sides are
 * read here as their consonants, long vowels (w, y) and the final h of -ah/ة set aside too.
 */
final class ArabicScript {

    /**
     * Consonants a key must keep to pair at all. One says nothing; two (عمر m-r for Omar) also
     * pair Amir, which the script tells apart and the romanisation does not, yet on the UN list
     * two did better than three on each half split by entity (docs/benchmarks.md, section 4).
     */
    static final int SHORTEST_KEY = 2;

    private ArabicScript() {
    }

    static boolean written(String original) {
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F') {
                return true;
            }
        }
        return false;
    }

    /** Whether the transliterated Arabic word and the romanised word have one consonant key. */
    static boolean sameConsonants(String transliterated, String romanised) {
        String a = key(transliterated);
        return a.length() >= SHORTEST_KEY && a.equals(key(romanised));
    }

    /** The consonants of a folded word: vowels, w and y dropped, q as k, dh th as d t, doubles merged, a final h dropped. */
    static String key(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        char last = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y' || c < 'a' || c > 'z') {
                continue;
            }
            if (c == 'q') {
                c = 'k';
            }
            if (c == 'h' && (last == 'd' || last == 't')) {
                continue;
            }
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        int n = out.length();
        if (n > 1 && out.charAt(n - 1) == 'h') {
            out.setLength(n - 1);
        }
        return out.toString();
    }
}
