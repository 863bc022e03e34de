package org.caunoi.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary of company legal forms across languages, so that "Công ty TNHH", "Co., Ltd",
 * "LLC", "ООО", "GmbH" and "有限公司" are read as the same kind of form rather than as name words.
 */
final class CompanyForms {

    /** Forms of one kind are interchangeable; GENERIC ("company", "Công ty") goes with any kind. */
    enum Kind { LIMITED, JOINT_STOCK, GENERIC, PARTNERSHIP, COOPERATIVE, PRIVATE_ENTERPRISE }

    private static final Map<String, Kind> LATIN = new HashMap<>();
    /**
     * Forms written only after the name: at its start the word is the name's own ("Công ty Cổ phần
     * Sa Ly": Sa, not S.A.). LLC and OOO stay forms at the start, as Russian names put them.
     */
    private static final java.util.Set<String> ONLY_AFTER_A_NAME = java.util.Set.of("sa", "sas", "spa", "plc", "ltda", "sarl",
            "srl", "gmbh", "inc", "incorporated", "ltd", "limited", "sl", "sal", "sae", "psc", "pjs", "ac", "ev", "asbl", "bvba", "sprl",
            "fze", "fzc", "fzco");
    private static final int LONGEST;
    /** Han forms, longest first so 股份有限公司 wins over 有限公司 and 公司. */
    static final List<Map.Entry<String, Kind>> HAN = List.of(
            Map.entry("股份有限公司", Kind.JOINT_STOCK),
            Map.entry("有限责任公司", Kind.LIMITED),
            Map.entry("有限責任公司", Kind.LIMITED),
            Map.entry("股份公司", Kind.JOINT_STOCK),
            Map.entry("有限公司", Kind.LIMITED),
            Map.entry("公司", Kind.GENERIC));

    static {
        put(Kind.LIMITED, "cong ty tnhh", "cty tnhh", "tnhh", "cong ty trach nhiem huu han", "trach nhiem huu han",
                // một thành viên: a single-member limited company
                "cong ty tnhh mtv", "cty tnhh mtv", "tnhh mtv", "cong ty tnhh mot thanh vien", "tnhh mot thanh vien",
                "chi nhanh cong ty tnhh", "chi nhanh cty tnhh",
                "one member co ltd", "one member company limited", "one member limited liability company",
                "one member limited company", "single member llc", "single member limited liability company",
                "youxian gongsi", "youxian zeren gongsi",
                "co ltd", "company limited", "co limited", "limited", "ltd", "llc", "l l c",
                "limited liability company", "limited liability co", "gmbh", "ooo", "tov", "sarl", "srl",
                "sp z o o", "pte ltd", "pvt ltd", "private limited", "sdn bhd", "bhd", "kft", "bv", "pty ltd",
                "co ltd company", "corp ltd", "ltda", "limitada", "s de rl", "s de rl de cv", "obshchestvo s ogranichennoi otvetstvennostyu", "obschestvo s ogranichennoi otvetstvennostyu",
                // the same forms spelt out or as other countries write them: Spanish, Belgian, Turkish, Emirati free zones
                "sociedad de responsabilidad limitada", "sociedad limitada", "sl", "cia ltda", "eirl", "sprl", "bvba",
                "limited sirketi", "ltd sti", "san ve tic ltd sti", "sanayi ve ticaret limited sirketi", "fze", "fzc", "fzco", "fz llc");
        put(Kind.JOINT_STOCK, "cong ty co phan", "cty co phan", "cty cp", "ctcp", "cong ty cp", "jsc", "gufen youxian gongsi",
                "chi nhanh cong ty co phan", "chi nhanh cty co phan", "chi nhanh cty cp",
                "joint stock company", "joint stock co", "ojsc", "cjsc", "pjsc", "oao", "zao", "pao", "ao", "ag",
                "sa", "spa", "plc", "open joint stock company", "closed joint stock company", "public joint stock company", "sa de cv", "aktsionernoe obshchestvo", "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo", "publichnoe aktsionernoe obshchestvo", "public limited company", "nv", "ab", "as", "asa", "tbk", "pt",
                // spelt out in Spanish, simplified (Colombia), private (Ukraine), Iranian, Arab and Turkish shareholding forms
                "sociedad anonima", "sociedad anonima de capital variable", "sa cv", "sapi de cv", "sas", "sociedad por acciones simplificada",
                "private joint stock company", "prjsc", "pjs", "psc", "sal", "sae", "anonim sirketi", "san ve tic as",
                "sanayi ve ticaret as", "sanayi ve ticaret anonim sirketi");
        put(Kind.GENERIC, "cong ty", "cty", "tong cong ty", "chi nhanh cong ty", "chi nhanh cty", "company", "co", "corp", "corporation", "inc", "incorporated", "gongsi",
                "group co", "enterprises co", "cia", "compania", "company limited by shares", "kk", "kabushiki kaisha",
                // company in Persian and Arabic (shirkat), Turkish and Russian, as sanctions lists romanise it
                "sherkat", "sherkate", "sharikat", "sharikat al", "sirketi", "kompaniya", "korporatsiya");
        // associations in Spanish, German and Belgian law: forms of a body that is no company, read as the generic kind
        put(Kind.GENERIC, "asociacion civil", "ac", "ev", "asbl");
        put(Kind.PARTNERSHIP, "lp", "llp", "kg", "gmbh co kg", "partnership", "cong ty hop danh");
        put(Kind.COOPERATIVE, "hop tac xa", "htx", "cooperative", "coop");
        put(Kind.PRIVATE_ENTERPRISE, "doanh nghiep tu nhan", "dntn", "private enterprise", "sole proprietorship");
        LONGEST = LATIN.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    private CompanyForms() {
    }

    private static void put(Kind kind, String... phrases) {
        for (String phrase : phrases) {
            LATIN.put(phrase, kind);
        }
    }

    static boolean compatible(Kind a, Kind b) {
        return a == b || a == Kind.GENERIC || b == Kind.GENERIC;
    }

    /**
     * Removes legal forms from the start and the end of the words (where names carry them) and
     * returns them; words in the middle stay name words ("Ao Thi Sa" keeps its words).
     */
    static List<CompanyForm> strip(List<NameToken> words) {
        List<CompanyForm> forms = new ArrayList<>();
        // a single remaining word is the name itself, never a form
        while (words.size() > 1) {
            int length = longestAt(words, 0);
            if (length == 0 || length == words.size() || ONLY_AFTER_A_NAME.contains(phrase(words, 0, length))) {
                break;
            }
            forms.add(formOf(words.subList(0, length)));
            words.subList(0, length).clear();
        }
        while (words.size() > 1) {
            int found = 0;
            for (int length = Math.min(LONGEST, words.size() - 1); length >= 1; length--) {
                if (LATIN.containsKey(phrase(words, words.size() - length, length))) {
                    found = length;
                    break;
                }
            }
            if (found == 0) {
                break;
            }
            var tail = words.subList(words.size() - found, words.size());
            forms.add(formOf(tail));
            tail.clear();
        }
        return forms;
    }

    private static int longestAt(List<NameToken> words, int start) {
        for (int length = Math.min(LONGEST, words.size() - start); length >= 1; length--) {
            if (LATIN.containsKey(phrase(words, start, length))) {
                return length;
            }
        }
        return 0;
    }

    private static CompanyForm formOf(List<NameToken> phraseWords) {
        String key = phrase(phraseWords, 0, phraseWords.size());
        String original = String.join(" ", phraseWords.stream().map(NameToken::original).toList());
        return new CompanyForm(original, LATIN.get(key));
    }

    private static String phrase(List<NameToken> words, int start, int length) {
        String[] parts = new String[length];
        for (int i = 0; i < length; i++) {
            parts[i] = words.get(start + i).folded();
        }
        return String.join(" ", Arrays.asList(parts));
    }
}
