package org.caunoi.matching;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Folds text to lower-case ASCII letters and digits for comparison: NFKC, Latin diacritics
 * removed (đ → d included), other scripts transliterated to Latin by ICU. Han is not handled here:
 * {@link NameAnalyzer} reads Han characters itself, in Hán-Việt and in pinyin.
 */
final class TextFolding {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /** ICU transliterators keep state per call; one per thread avoids locking in the query path. */
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> HAN_TO_PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

    private static final ThreadLocal<Transliterator> SIMPLIFIED_TO_TRADITIONAL =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));

    private TextFolding() {
    }

    static String nfkc(String text) {
        return NFKC.normalize(text);
    }

    static boolean isHan(int codePoint) {
        return UScript.getScript(codePoint) == UScript.HAN;
    }

    /** Folds one word (no Han) to [a-z0-9]*; characters that fold to nothing are dropped. */
    static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean needsTransliteration = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                appendAscii(out, cp);
            } else if (UScript.getScript(cp) == UScript.LATIN || UScript.getScript(cp) == UScript.INHERITED) {
                foldLatin(out, cp);
            } else {
                needsTransliteration = true;
                break;
            }
        }
        if (needsTransliteration) {
            // rare path: Cyrillic, Greek, Arabic... go through ICU as a whole word for context rules
            out.setLength(0);
            String latin = TO_LATIN.get().transliterate(word);
            for (int i = 0; i < latin.length(); i++) {
                appendAscii(out, latin.charAt(i));
            }
        }
        return out.toString();
    }

    /** True when the word is written in a script other than Latin, so folding it is a transliteration. */
    static boolean isForeignScript(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            if (cp >= 128 && script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
                return true;
            }
        }
        return false;
    }

    static String pinyin(int hanCodePoint) {
        String latin = HAN_TO_PINYIN.get().transliterate(new String(Character.toChars(hanCodePoint)));
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            appendAscii(out, latin.charAt(i));
        }
        return out.toString();
    }

    /** The traditional form of a simplified Han character (华 → 華), or the character itself. */
    static int traditional(int hanCodePoint) {
        String t = SIMPLIFIED_TO_TRADITIONAL.get().transliterate(new String(Character.toChars(hanCodePoint)));
        return t.isEmpty() ? hanCodePoint : t.codePointAt(0);
    }

    private static void appendAscii(StringBuilder out, int c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            out.append((char) c);
        } else if (c >= 'A' && c <= 'Z') {
            out.append((char) (c + 32));
        }
    }

    /** Letters whose base is not reachable by canonical decomposition get an explicit spelling. */
    private static void foldLatin(StringBuilder out, int cp) {
        switch (cp) {
            case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
            case 'ø', 'Ø' -> out.append('o');
            case 'ł', 'Ł' -> out.append('l');
            case 'ß' -> out.append("ss");
            case 'æ', 'Æ' -> out.append("ae");
            case 'œ', 'Œ' -> out.append("oe");
            case 'þ', 'Þ' -> out.append("th");
            case 'ı' -> out.append('i');
            default -> {
                String decomposed = NFD.getDecomposition(cp);
                if (decomposed == null) {
                    int lower = UCharacter.toLowerCase(cp);
                    if (lower < 128) {
                        appendAscii(out, lower);
                    }
                } else {
                    for (int i = 0; i < decomposed.length(); i++) {
                        char c = decomposed.charAt(i);
                        if (c < 128) {
                            appendAscii(out, c);
                        } else if (NFD.getDecomposition(c) != null) {
                            foldLatin(out, c);
                        }
                    }
                }
            }
        }
    }
}
