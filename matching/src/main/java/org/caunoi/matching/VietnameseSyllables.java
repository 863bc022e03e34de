package org.caunoi.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed set of Vietnamese syllables, derived from the orthography's rules (initials × rhymes,
 * with the c/k/q, g/gh, ng/ngh and gi spelling rules), so that a word of a Vietnamese name that is
 * no syllable at all ("Quagn", "Phna") can be read as a slip of the keyboard for the syllables one
 * edit away, while two real syllables one letter apart (Hùng / Hàng) stay different names. Also the
 * i/y spellings of one syllable (Lý / Lí, Kỳ / Kì, Mỹ / Mĩ), which the matcher treats as equal.
 *
 * <p>Written forms are generated tones aside: a tone mark never makes a spelling a syllable or not
 * (only which tones a rhyme in -p, -t, -c, -ch takes), and the matcher compares words folded to
 * [a-z], where tones and vowel marks are gone anyway. Public for the benchmarks, which plant slips that make no syllable.
 */
public final class VietnameseSyllables {

    private static final List<String> INITIALS = List.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh",
            "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

    /** Rhymes without a medial o/u, as written after a consonant (iê, not yê). */
    private static final List<String> PLAIN_RHYMES = List.of(
            "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
            "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
            "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
            "e", "ec", "em", "en", "eng", "eo", "ep", "et",
            "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
            "i", "ich", "im", "in", "inh", "ip", "it", "iu",
            "ia", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
            "o", "oc", "oi", "om", "on", "ong", "op", "ot", "oong", "ooc",
            "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
            "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
            "u", "uc", "ui", "um", "un", "ung", "up", "ut",
            "ua", "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
            "ư", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
            "ưa", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
            "y");

    /** Rhymes with the medial o/u (hoa, khoăn, huệ, tuyết), never after qu, which writes its own u. */
    private static final List<String> MEDIAL_RHYMES = List.of(
            "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
            "oăc", "oăm", "oăn", "oăng", "oăt",
            "oe", "oen", "oeo", "oet",
            "uân", "uâng", "uât", "uây",
            "uê", "uêch", "uênh", "uêt",
            "uy", "uych", "uyn", "uynh", "uyp", "uyt", "uyu", "uya", "uyên", "uyêt",
            "uơ");

    /** Rhymes in yê, written so only without an initial (yên, yêu) or after the medial u (uyên). */
    private static final List<String> Y_RHYMES = List.of("yên", "yêt", "yêu", "yêm");

    private static final Set<String> WRITTEN;
    private static final Set<String> FOLDED;
    /** Each syllable (folded, i/y as i) under itself and each of its one-letter deletions: slips are found by their own deletions. */
    private static final Map<String, List<String>> BY_DELETION;

    static {
        Set<String> written = new HashSet<>();
        for (String initial : INITIALS) {
            for (String rhyme : PLAIN_RHYMES) {
                if (allowed(initial, rhyme)) {
                    written.add(initial + rhyme);
                }
            }
            for (String rhyme : MEDIAL_RHYMES) {
                if (!initial.equals("qu") && !initial.equals("gi") && allowed(initial, rhyme)) {
                    written.add(initial + rhyme);
                }
            }
            if (initial.equals("qu")) {
                // qu writes the medial: quang, quân, quê, quy, quyên
                for (String rhyme : List.of("yên", "yêt", "ynh", "yt", "ych", "yn")) {
                    written.add(initial + rhyme);
                }
            }
        }
        written.addAll(Y_RHYMES);
        WRITTEN = Set.copyOf(written);
        Set<String> folded = new HashSet<>();
        for (String w : WRITTEN) {
            folded.add(canonical(fold(w)));
        }
        FOLDED = Set.copyOf(folded);
        Map<String, List<String>> byDeletion = new HashMap<>();
        for (String s : FOLDED) {
            byDeletion.computeIfAbsent(s, k -> new ArrayList<>(2)).add(s);
            for (int i = 0; i < s.length(); i++) {
                String deleted = s.substring(0, i) + s.substring(i + 1);
                List<String> list = byDeletion.computeIfAbsent(deleted, k -> new ArrayList<>(2));
                if (!list.contains(s)) {
                    list.add(s);
                }
            }
        }
        BY_DELETION = Map.copyOf(byDeletion);
    }

    private VietnameseSyllables() {
    }

    /** The spelling rules of initials: k, gh, ngh before i, e, ê (y); c, g, ng elsewhere; qu and gi before a vowel that is not their own. */
    private static boolean allowed(String initial, String rhyme) {
        char first = rhyme.charAt(0);
        boolean front = first == 'i' || first == 'e' || first == 'ê' || first == 'y';
        return switch (initial) {
            case "k", "gh", "ngh" -> front;
            case "c", "ng" -> !front;
            // g before i is the merged gi of gì, gìn, giết
            case "g" -> !(first == 'e' || first == 'ê' || first == 'y');
            case "qu" -> first != 'u' && first != 'ư' && first != 'o';
            case "gi" -> first != 'i' && first != 'y';
            default -> first != 'y' || initial.isEmpty();
        };
    }

    private static String fold(String written) {
        String base = Normalizer.normalize(written.replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return base;
    }

    /**
     * The i spelling of a syllable written with a final y after its initial (ly → li, ky → ki,
     * quy → qui): the two spellings of Lý / Lí, Kỳ / Kì, Mỹ / Mĩ are one syllable. Other words as they are.
     */
    public static String canonical(String folded) {
        int length = folded.length();
        if (length < 2 || length > 3 || folded.charAt(length - 1) != 'y') {
            return folded;
        }
        String initial = folded.substring(0, length - 1);
        return switch (initial) {
            case "b", "d", "h", "k", "l", "m", "n", "s", "t", "v", "x", "ch", "kh", "nh", "ph", "qu", "th", "tr" ->
                    initial + "i";
            default -> folded;
        };
    }

    /** The other i/y spelling of a folded word (ly for li, li for ly), or null when it has none. */
    static String otherSpelling(String folded) {
        String canonical = canonical(folded);
        if (!canonical.equals(folded)) {
            return canonical;
        }
        int length = folded.length();
        if (length >= 2 && length <= 3 && folded.charAt(length - 1) == 'i') {
            String y = folded.substring(0, length - 1) + "y";
            return canonical(y).equals(folded) ? y : null;
        }
        return null;
    }

    /** Whether two folded words are one syllable spelt with i or y. */
    static boolean sameSyllable(String a, String b) {
        return a.equals(b) || a.length() == b.length() && a.length() <= 3 && canonical(a).equals(canonical(b));
    }

    /** Whether the folded word is a Vietnamese syllable. */
    public static boolean isSyllable(String folded) {
        return folded.length() <= 7 && FOLDED.contains(canonical(folded));
    }

    /** How many written forms (tones aside) the rules give. */
    static int writtenCount() {
        return WRITTEN.size();
    }

    static int foldedCount() {
        return FOLDED.size();
    }

    /**
     * The syllables (folded, i/y as i) one edit from a folded word that is no syllable: one letter
     * wrong, missing, extra, or two swapped. Empty for a syllable or a word too long to be one.
     */
    static List<String> slipsOf(String folded) {
        if (folded.length() < 2 || folded.length() > 8 || isSyllable(folded)) {
            return List.of();
        }
        List<String> found = new ArrayList<>(4);
        collect(folded, folded, found);
        for (int i = 0; i < folded.length(); i++) {
            collect(folded, folded.substring(0, i) + folded.substring(i + 1), found);
        }
        return found;
    }

    private static void collect(String word, String key, List<String> found) {
        List<String> syllables = BY_DELETION.get(key);
        if (syllables == null) {
            return;
        }
        for (String s : syllables) {
            if (!found.contains(s) && EditDistance.atMost(word, s, 1)) {
                found.add(s);
            }
        }
    }
}
