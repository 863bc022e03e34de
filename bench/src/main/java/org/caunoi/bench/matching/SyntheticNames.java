package org.caunoi.bench.matching;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.caunoi.matching.EntryType;
import org.caunoi.matching.WatchlistEntry;

/**
 * A seeded generator of Vietnamese, Chinese and English person and company names (Datafaker's
 * vi, zh-CN and en-US locales) with planted variants of each kind and hard negatives.
 */
final class SyntheticNames {

    /**
     * TRANSLATED: a Vietnamese company's name as an English bill of lading gives it (brand without
     * diacritics, business words and form in English); TRANSLATED_NEGATIVE: another brand in the same
     * English words. Both are drawn from a random of their own, so the other kinds' queries stay
     * those of earlier runs.
     */
    enum Kind { DIACRITICS, WORD_ORDER, COMPANY_FORM, HAN_TO_PINYIN, HAN_TO_VIETNAMESE, TYPO_1, TYPO_2, TRUNCATION, ALIAS,
        TRANSLATED, HARD_NEGATIVE, TRANSLATED_NEGATIVE;

        boolean negative() {
            return this == HARD_NEGATIVE || this == TRANSLATED_NEGATIVE;
        }
    }

    /** A query: the entry it should find (null for a hard negative, which should find nothing). */
    record Query(Kind kind, String name, String expectedId) {
    }

    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Xuân", "Công"};
    private static final String[] SECTOR_VI = {"Thương mại", "Xuất nhập khẩu", "Vận tải", "Xây dựng", "Dịch vụ", "Đầu tư"};
    /** SECTOR_VI as English names put it. */
    private static final String[] SECTOR_EN = {"Trading", "Import Export", "Transport", "Construction", "Services", "Investment"};
    /** The English forms of FORMS' two kinds. */
    private static final String[][] FORMS_EN = {
            {"%s Co., Ltd", "%s Company Limited", "%s LLC"},
            {"%s JSC", "%s Joint Stock Company"}};
    private static final String[][] FORMS = {
            {"Công ty TNHH %s", "%s Co., Ltd", "%s LLC", "%s Company Limited", "%s 有限公司"},
            {"Công ty Cổ phần %s", "%s JSC", "%s Joint Stock Company", "Cty CP %s"}};

    final List<WatchlistEntry> entries = new ArrayList<>();
    final List<Query> queries = new ArrayList<>();
    private final Random random;
    private final Set<String> listed = new HashSet<>();
    private final Map<String, String[]> parts = new HashMap<>();
    private final Map<String, Integer> formOf = new HashMap<>();
    private final Map<Integer, String> hanViet;
    private final Set<String> aliasedIds = new HashSet<>();

    SyntheticNames(long seed, int perKind) throws IOException {
        random = new Random(seed);
        hanViet = hanVietTable();
        Faker vi = new Faker(Locale.forLanguageTag("vi"), new Random(seed + 1));
        Faker zh = new Faker(Locale.forLanguageTag("zh-CN"), new Random(seed + 2));
        Faker en = new Faker(Locale.forLanguageTag("en-US"), new Random(seed + 3));
        List<String> viPersons = new ArrayList<>();
        List<String> zhPersons = new ArrayList<>();
        List<String> enPersons = new ArrayList<>();
        List<String> companies = new ArrayList<>();
        // Datafaker's vi locale keeps family names under firstName() and given names under lastName()
        while (viPersons.size() < 1500) {
            add(viPersons, "vp", EntryType.PERSON, vi.name().firstName(), pick(MIDDLE), vi.name().lastName());
        }
        while (zhPersons.size() < 1000) {
            add(zhPersons, "zp", EntryType.PERSON, zh.name().lastName(), zh.name().firstName());
        }
        while (enPersons.size() < 1000) {
            add(enPersons, "ep", EntryType.PERSON, en.name().firstName(), en.name().lastName());
        }
        while (companies.size() < 1500) {
            boolean vietnamese = companies.size() % 3 != 2;
            String core = vietnamese ? vi.name().lastName() + " " + vi.name().lastName() + " " + pick(SECTOR_VI)
                    : en.name().lastName() + " " + pick(new String[] {"Trading", "Logistics", "Shipping", "Industries", "International Trading"});
            int form = random.nextInt(2);
            String id = add(companies, "co", EntryType.ORGANISATION, FORMS[form][0].formatted(core));
            if (id != null) {
                parts.put(id, new String[] {core});
                formOf.put(id, form);
            }
        }
        plant(viPersons, zhPersons, enPersons, companies, vi, en, perKind);
    }

    private String add(List<String> ids, String prefix, EntryType type, String... nameParts) {
        String name = String.join(" ", nameParts);
        if (!listed.add(fold(name))) {
            return null;
        }
        String id = prefix + ids.size();
        ids.add(id);
        parts.put(id, nameParts);
        entries.add(new WatchlistEntry(id, "synthetic", type, List.of(name), null, null, List.of()));
        return id;
    }

    private void plant(List<String> viPersons, List<String> zhPersons, List<String> enPersons, List<String> companies,
                       Faker vi, Faker en, int perKind) {
        Transliterator pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        for (int i = 0; i < perKind; i++) {
            String v = pick(viPersons);
            String[] p = parts.get(v);
            queries.add(new Query(Kind.DIACRITICS, strip(String.join(" ", p)).toUpperCase(Locale.ROOT), v));
            queries.add(new Query(Kind.WORD_ORDER, strip(p[2] + " " + p[0] + " " + p[1]), v));
            String e = pick(enPersons);
            queries.add(new Query(Kind.WORD_ORDER, parts.get(e)[1] + ", " + parts.get(e)[0], e));

            String c = pick(companies);
            String[] forms = FORMS[formOf.get(c)];
            queries.add(new Query(Kind.COMPANY_FORM, forms[1 + random.nextInt(forms.length - 1)].formatted(
                    random.nextBoolean() ? strip(parts.get(c)[0]) : parts.get(c)[0]), c));

            String z = pick(zhPersons);
            String[] zp = parts.get(z);
            queries.add(new Query(Kind.HAN_TO_PINYIN, capitalise(pinyin.transliterate(zp[0])) + " "
                    + capitalise(pinyin.transliterate(zp[1]).replace(" ", "")), z));
            // a name some character of which has no kVietnamese reading cannot be planted: draw another
            String read = z;
            String reading = vietnameseReading(zp[0] + zp[1]);
            for (int tries = 0; reading == null && tries < 50; tries++) {
                read = pick(zhPersons);
                reading = vietnameseReading(parts.get(read)[0] + parts.get(read)[1]);
            }
            if (reading != null) {
                queries.add(new Query(Kind.HAN_TO_VIETNAMESE, reading, read));
            }

            String any = pick(random.nextBoolean() ? viPersons : random.nextBoolean() ? enPersons : companies);
            String name = entries.get(index(any)).primaryName();
            queries.add(new Query(Kind.TYPO_1, typo(name, 1), any));
            queries.add(new Query(Kind.TYPO_2, typo(name, 2), any));
            queries.add(new Query(Kind.TRUNCATION, truncate(name), any));

            String aliased = pick(enPersons);
            String alias = en.name().firstName() + " " + en.name().lastName();
            if (aliasedIds.add(aliased) && listed.add(fold(alias))) {
                WatchlistEntry old = entries.get(index(aliased));
                entries.set(index(aliased), new WatchlistEntry(old.id(), old.list(), old.type(),
                        List.of(old.primaryName(), alias), null, null, List.of()));
                queries.add(new Query(Kind.ALIAS, alias, aliased));
            }
            negatives(viPersons, zhPersons, enPersons, companies, vi, en);
        }
        translated(companies, vi, perKind);
    }

    private void translated(List<String> companies, Faker vi, int perKind) {
        Random own = new Random(random.nextLong());
        List<String> vietnamese = companies.stream().filter(c -> sectorOf(c) >= 0).toList();
        Set<String> brands = new HashSet<>();
        for (String c : vietnamese) {
            String[] words = parts.get(c)[0].split(" ");
            brands.add(brand(words[0] + " " + words[1]) + "|" + sectorOf(c));
        }
        for (int i = 0; i < perKind; i++) {
            String c = vietnamese.get(own.nextInt(vietnamese.size()));
            String[] words = parts.get(c)[0].split(" ");
            String[] forms = FORMS_EN[formOf.get(c)];
            String english = SECTOR_EN[sectorOf(c)];
            queries.add(new Query(Kind.TRANSLATED, forms[own.nextInt(forms.length)].formatted(
                    strip(words[0] + " " + words[1]) + " " + english), c));
            String other = strip(vi.name().lastName() + " " + vi.name().lastName());
            // a listed company of the same sector whose brand has these words, in any order and
            // under any form, is the same name: not a negative
            if (!brands.contains(brand(other) + "|" + sectorOf(c))) {
                queries.add(new Query(Kind.TRANSLATED_NEGATIVE, forms[own.nextInt(forms.length)].formatted(other + " " + english), null));
            }
        }
    }

    /** A brand's words folded and sorted: the same brand whatever the word order and diacritics. */
    private static String brand(String words) {
        return String.join(" ", java.util.Arrays.stream(fold(words).split(" ")).sorted().toList());
    }

    /** Which of SECTOR_VI a Vietnamese company's name ends with, -1 for an English company. */
    private int sectorOf(String companyId) {
        String core = parts.get(companyId)[0];
        for (int s = 0; s < SECTOR_VI.length; s++) {
            if (core.endsWith(" " + SECTOR_VI[s])) {
                return s;
            }
        }
        return -1;
    }

    /** Names that share family and middle names, surnames or the trading words of a listed name, but are not listed. */
    private void negatives(List<String> viPersons, List<String> zhPersons, List<String> enPersons, List<String> companies,
                           Faker vi, Faker en) {
        String[] p = parts.get(pick(viPersons));
        negative(p[0] + " " + p[1] + " " + vi.name().lastName());
        String[] e = parts.get(pick(enPersons));
        negative(en.name().firstName() + " " + e[1]);
        String[] z = parts.get(pick(zhPersons));
        String[] other = parts.get(pick(zhPersons));
        negative(z[0] + other[1]);
        String c = pick(companies);
        String core = parts.get(c)[0];
        String[] words = core.split(" ");
        String sector = String.join(" ", java.util.Arrays.copyOfRange(words, 2, words.length));
        negative(FORMS[formOf.get(c)][0].formatted(vi.name().lastName() + " " + vi.name().lastName() + " " + sector));
    }

    private void negative(String name) {
        if (!listed.contains(fold(name))) {
            queries.add(new Query(Kind.HARD_NEGATIVE, name, null));
        }
    }

    private int index(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException(id);
    }

    private String typo(String name, int count) {
        char[] chars = name.toCharArray();
        StringBuilder out = new StringBuilder(name);
        for (int k = 0; k < count; k++) {
            // pick a letter inside a word of at least five letters, so the typo is one a reader would still recognise
            String[] words = out.toString().split(" ");
            List<Integer> starts = new ArrayList<>();
            int pos = 0;
            for (String w : words) {
                if (w.length() >= 5) {
                    starts.add(pos);
                }
                pos += w.length() + 1;
            }
            if (starts.isEmpty()) {
                return out.toString();
            }
            int start = starts.get(random.nextInt(starts.size()));
            int at = start + 1 + random.nextInt(3);
            switch (random.nextInt(4)) {
                case 0 -> out.setCharAt(at, (char) ('a' + random.nextInt(26)));
                case 1 -> out.deleteCharAt(at);
                case 2 -> out.insert(at, (char) ('a' + random.nextInt(26)));
                default -> {
                    char t = out.charAt(at);
                    out.setCharAt(at, out.charAt(at + 1));
                    out.setCharAt(at + 1, t);
                }
            }
        }
        return chars.length > 0 ? out.toString() : name;
    }

    /** A field cut short: the last word keeps its first two thirds (at least four letters). */
    private String truncate(String name) {
        int lastSpace = name.lastIndexOf(' ');
        String last = name.substring(lastSpace + 1);
        if (last.length() < 6) {
            return name.substring(0, Math.max(lastSpace, name.length() - 1));
        }
        return name.substring(0, lastSpace + 1) + last.substring(0, Math.max(4, last.length() * 2 / 3));
    }

    private String vietnameseReading(String han) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < han.length(); ) {
            int cp = han.codePointAt(i);
            i += Character.charCount(cp);
            String reading = hanViet.get(cp);
            if (reading == null) {
                return null;
            }
            words.add(capitalise(reading));
        }
        return String.join(" ", words);
    }

    /**
     * The reading a Vietnamese writer gives each character: the matcher's name table first (胡 Hồ,
     * 強 Cường, where Unihan has none or a Nôm reading), Unihan's first reading for the rest.
     */
    private static Map<Integer, String> hanVietTable() throws IOException {
        Map<Integer, String> table = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                SyntheticNames.class.getResourceAsStream("/org/caunoi/matching/han-viet-names.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    f[0].codePoints().forEach(cp -> table.putIfAbsent(cp, f[1].split(",")[0]));
                }
            }
        }
        try (var reader = new BufferedReader(new InputStreamReader(
                SyntheticNames.class.getResourceAsStream("/org/caunoi/matching/han-viet.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t");
                    table.putIfAbsent(Integer.parseInt(f[0], 16), f[1].split(",")[0]);
                }
            }
        }
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        Map<Integer, String> withSimplified = new HashMap<>(table);
        // the generator writes simplified characters; give them the reading of their traditional form
        for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
            if (!table.containsKey(cp)) {
                String t = toTraditional.transliterate(new String(Character.toChars(cp)));
                if (!t.isEmpty() && table.containsKey(t.codePointAt(0))) {
                    withSimplified.put(cp, table.get(t.codePointAt(0)));
                }
            }
        }
        return withSimplified;
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] array) {
        return array[random.nextInt(array.length)];
    }

    static String strip(String s) {
        return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The name's words folded and sorted, Han characters one word each: equal keys are one name in another order. */
    static String fold(String s) {
        String spaced = strip(s).toLowerCase(Locale.ROOT).replaceAll("(\\p{IsHan})", " $1 ");
        String[] words = spaced.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        java.util.Arrays.sort(words);
        return String.join(" ", words);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
