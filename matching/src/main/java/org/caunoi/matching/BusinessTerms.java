package org.caunoi.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The words that say what a company does, across the languages its name is written in: a
 * consignee on an English bill of lading ("Hoang Long Trading Service Co., Ltd") is registered in
 * Vietnamese ("Công ty TNHH Thương mại Dịch vụ Hoàng Long") and may trade with
 * "华强贸易有限公司" or "Huaqiang Maoyi". Each phrase is read as the English term it means
 * ("trading", "services", "import export"), so the names agree on it instead of disagreeing on every syllable.
 *
 * <p>Vietnamese phrases are written folded (no diacritics), Chinese ones in Han characters (they
 * match the characters whatever their reading) and in joined pinyin as Chinese names are
 * romanised. Only phrases a person's name would hardly contain: Vietnamese syllables that are
 * also given names alone or together (Điền, Lương Thực) and joined pinyin that is also a given
 * name (Jianshe, Haiyun, Guoji) are left out; a name is read this way only when it is not a
 * person's, and its reading as written stays beside. Written by hand: no library we know of
 * carries such a table for Vietnamese.
 */
final class BusinessTerms {

    /** Phrase (Latin words folded and space-separated, or Han characters) → the English term(s) it reads as. */
    private static final Map<String, Reading> TERMS = new HashMap<>();
    /** The first and the last word of every phrase: most words start and end none, and are passed over without building a key. */
    private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> LAST_WORDS = new java.util.HashSet<>();
    private static final int LONGEST;
    /** The English terms themselves ("trading", "steel", "import", "export"). */
    private static final java.util.Set<String> ENGLISH = new java.util.HashSet<>();
    /** Organisation words of other languages, by the English term they read as (see the static block). */
    private static final Map<String, List<String>> FOREIGN_TERM_ROWS = Map.ofEntries(
            Map.entry("central", List.of("markazi", "markazy", "merkezi", "tsentralnyi", "tsentralny", "centrale", "centrala")),
            Map.entry("republic", List.of("jomhouri", "jomhuri", "jomhouriye", "jumhuriya", "jumhuriyat", "jumhuriyya", "respublika", "republique", "republica")),
            Map.entry("bank", List.of("banque", "banco", "banca", "bankasi")),
            Map.entry("national", List.of("melli", "milli", "natsionalnyi", "nacional", "nationale")),
            Map.entry("popular", List.of("peoples", "people s", "mardomi", "shaabi", "shabi", "narodnyi", "narodnaya", "populaire")),
            Map.entry("trading", List.of("tejarat", "tejarati", "tijara", "tijarat", "tijariya", "ticaret", "bazargani")),
            Map.entry("industrial", List.of("sanaye", "sanayi", "sanaat", "sinaat", "sinaiya", "promyshlennyi")),
            Map.entry("foundation", List.of("bonyad", "bonyade", "muassasa", "muassasat", "moasseseh", "fondation", "fundacion")),
            Map.entry("charitable", List.of("khayriyya", "khairiya", "khayriya", "khairiyya", "khairiyah")),
            Map.entry("society", List.of("jamiat", "jamiyat", "jamiya", "jamiyya", "jameat", "societe", "sociedad")),
            Map.entry("heritage", List.of("turath", "turaath")),
            Map.entry("revival", List.of("ihya", "ihyaa", "ehya")),
            Map.entry("islamic", List.of("islami", "islamiya", "islamiyya", "eslami", "islamique")),
            Map.entry("martyrs", List.of("shohada", "shuhada", "shahid", "shaheed", "shahed")),
            Map.entry("development", List.of("gostaresh", "toseh", "tosee", "tose e", "razvitiya")),
            Map.entry("petroleum", List.of("naft", "neft", "nafti")),
            Map.entry("shipping", List.of("kashtirani", "keshtirani", "kashtiranie")),
            Map.entry("airlines", List.of("havapeymaie", "havapeymai", "havayollari", "aviakompaniya")),
            Map.entry("organization", List.of("sazman", "sazmane", "sazeman", "munazzamat", "munazzama", "organizatsiya")),
            Map.entry("front", List.of("jabhat", "jabha", "jabhe", "jabhah")),
            Map.entry("movement", List.of("harakat", "harakah", "haraka", "harkat", "dvizhenie")),
            Map.entry("brigades", List.of("kataib", "kata ib", "liwa")),
            Map.entry("army", List.of("jaish", "jaysh", "jeish")),
            Map.entry("party", List.of("hizb", "partiya", "parti", "partido")),
            Map.entry("union", List.of("ittihad", "itihad", "etehadieh", "soyuz")),
            Map.entry("committee", List.of("lajna", "lajnat", "komitet", "comite")),
            Map.entry("relief", List.of("ighatha", "ighathat", "igatha", "secours")),
            Map.entry("office", List.of("maktab", "daftar")),
            Map.entry("center", List.of("markaz", "tsentr", "centro")),
            Map.entry("factory", List.of("zavod", "kombinat", "karkhaneh", "plant")),
            Map.entry("institute", List.of("institut", "instituto", "pazhuheshkadeh")),
            Map.entry("enterprise", List.of("empresa", "entreprise", "predpriyatie")));

    static {
        term("trading", List.of("thuong mai", "thuong mau", "mau dich", "贸易", "商贸", "商业", "maoyi", "shangmao"), "trade", "commerce", "commercial");
        term("services", List.of("dich vu", "服务", "fuwu"), "service");
        terms(List.of("import", "export"), List.of("xuat nhap khau", "nhap xuat khau", "进出口", "jinchukou"), "export import", "imex", "impex", "imp exp", "exim");
        term("import", List.of("nhap khau", "进口", "jinkou"), "imports", "importer", "importing");
        term("export", List.of("xuat khau", "出口", "chukou"), "exports", "exporter", "exporting");
        term("manufacturing", List.of("san xuat", "che tao", "制造", "生产", "zhizao", "shengchan"), "manufacture", "manufacturer", "production");
        term("construction", List.of("xay dung", "kien thiet", "建设", "建筑"), "constructions");
        term("investment", List.of("dau tu", "投资", "touzi"), "investments");
        term("development", List.of("phat trien", "发展", "fazhan"), "developments");
        term("technology", List.of("cong nghe", "khoa hoc cong nghe", "科技", "技术", "keji"), "technologies");
        term("engineering", List.of("ky thuat", "工程"), "technical");
        term("transport", List.of("van tai", "van chuyen", "运输", "yunshu"), "transportation");
        term("shipping", List.of("van tai bien", "航运", "海运", "船务", "chuanwu"));
        term("maritime", List.of("hang hai"));
        term("logistics", List.of("tiep van", "物流", "wuliu"), "logistic");
        term("forwarding", List.of("giao nhan", "货运代理", "货代", "huodai"), "forwarder", "forwarders");
        term("international", List.of("quoc te", "国际"));
        term("group", List.of("tap doan", "集团", "jituan"));
        term("industrial", List.of("cong nghiep", "工业", "实业", "gongye", "shiye"), "industry", "industries");
        term("seafood", List.of("thuy san", "hai san", "thuy hai san", "水产", "海产", "海鲜", "shuichan", "haichan", "haixian"), "seafoods", "aquatic products", "fishery", "fisheries");
        term("food", List.of("thuc pham", "食品", "shipin"), "foods", "foodstuff", "foodstuffs");
        term("agricultural", List.of("nong san", "nong nghiep", "农业", "农产", "nongye"), "agriculture", "agro");
        term("pharmaceutical", List.of("duoc pham", "医药", "药业", "yaoye"), "pharmaceuticals", "pharma");
        term("medical", List.of("y te", "医疗", "yiliao"));
        term("garment", List.of("may mac", "服装", "fuzhuang"), "garments", "apparel");
        term("textile", List.of("det may", "纺织"), "textiles");
        term("electronics", List.of("dien tu", "电子", "dianzi"), "electronic");
        term("electricity", List.of("dien luc", "电力"), "electric", "electrical");
        term("chemical", List.of("hoa chat", "化工", "化学", "huagong"), "chemicals");
        term("steel", List.of("thep", "钢铁", "gangtie"));
        term("plastic", List.of("nhua", "塑料", "塑胶", "suliao"), "plastics");
        term("rubber", List.of("cao su", "橡胶", "xiangjiao"));
        term("coffee", List.of("ca phe", "咖啡", "kafei"));
        term("mining", List.of("khoang san", "矿业", "矿产", "kuangye"), "mineral", "minerals");
        term("energy", List.of("nang luong", "能源", "nengyuan"));
        term("petroleum", List.of("dau khi", "xang dau", "石油", "shiyou"), "oil and gas");
        term("realestate", List.of("bat dong san", "dia oc", "房地产", "地产", "置业", "fangdichan", "dichan"), "real estate", "realty");
        term("tourism", List.of("du lich", "旅游", "lvyou"), "travel");
        term("consulting", List.of("tu van", "咨询"), "consultancy", "consultants");
        term("distribution", List.of("phan phoi"), "distributor", "distributors");
        term("processing", List.of("che bien", "加工", "jiagong"));
        term("equipment", List.of("thiet bi", "设备", "shebei"));
        term("machinery", List.of("co khi", "may moc", "机械", "jixie"), "mechanical");
        term("materials", List.of("vat lieu", "vat tu", "材料", "cailiao"), "material");
        term("telecom", List.of("vien thong", "电信", "通信", "dianxin"), "telecommunications", "telecommunication");
        term("environment", List.of("moi truong", "环保", "huanbao"), "environmental");
        term("solutions", List.of("giai phap"), "solution");
        term("holdings", List.of("控股", "konggu"), "holding");
        term("bank", List.of("ngan hang", "银行", "yinhang"), "banking");
        term("global", List.of("toan cau", "全球", "quanqiu"), "worldwide");
        term("pacific", List.of("thai binh duong", "太平洋"));
        term("asia", List.of("chau a", "a chau", "亚洲", "yazhou"));
        term("jointventure", List.of("lien doanh", "合资", "hezi"), "joint venture");
        term("general", List.of("tong hop", "综合", "zonghe"));
        term("branch", List.of("chi nhanh", "分公司"));
        term("factory", List.of("nha may", "工厂", "gongchang"));
        term("footwear", List.of("giay dep", "da giay", "鞋业", "xieye"), "shoes");
        term("furniture", List.of("noi that", "家具"));
        term("packaging", List.of("bao bi", "包装", "baozhuang"), "packing");
        term("fertilizer", List.of("phan bon", "化肥"), "fertiliser", "fertilizers");
        term("cement", List.of("xi mang", "水泥", "shuini"));
        term("automobile", List.of("o to", "汽车", "qiche"), "automotive");
        // the mark of a city or province after its name (深圳市 = Shenzhen City = Shenzhen): a function
        // word, so a name that leaves it out loses nothing (CommonWords)
        term("city", List.of("thanh pho", "市"));
        term("province", List.of("省"));
        term("market", List.of("市场"), "markets");
        // the generic words of organisation names on sanctions lists, romanised from Persian, Arabic,
        // Turkish and Russian or written in French and Spanish, read as the English term a translated
        // name carries (BANK MARKAZI IRAN / CENTRAL BANK OF IRAN, BONYAD SHAHID / MARTYRS FOUNDATION);
        // from common knowledge of those languages, each row checked in BusinessTermsTest
        FOREIGN_TERM_ROWS.forEach((english, foreign) -> term(english, foreign));
        int longest = 1;
        for (String phrase : TERMS.keySet()) {
            List<String> words = wordsOf(phrase);
            longest = Math.max(longest, words.size());
            FIRST_WORDS.add(words.getFirst());
            LAST_WORDS.add(words.getLast());
        }
        LONGEST = longest;
    }

    private BusinessTerms() {
    }

    /**
     * @param english  the term, as the scorer compares it
     * @param foreign  phrases of other languages that mean it (Vietnamese folded, Han, joined pinyin)
     * @param synonyms other English words for it
     */
    private static void term(String english, List<String> foreign, String... synonyms) {
        terms(List.of(english), foreign, synonyms);
    }

    private static void terms(List<String> english, List<String> foreign, String... synonyms) {
        ENGLISH.addAll(english);
        for (String phrase : foreign) {
            TERMS.put(phrase, new Reading(english, true));
        }
        for (String phrase : synonyms) {
            // "services" for "service" is a spelling the scorer pairs; "Imex", "Commercial" are not
            boolean spelling = english.size() == 1 && !phrase.contains(" ")
                    && TokenSimilarity.similarity(phrase, english.getFirst()) > 0;
            TERMS.put(phrase, new Reading(english, !spelling));
        }
    }

    /**
     * What a phrase reads as, and whether a name holding it needs the second reading: a phrase of
     * another language, or an English word that is no spelling of the term.
     */
    private record Reading(List<String> terms, boolean needsReading) {
    }

    /**
     * Whether a word and a term read the same: the word is the term, or a one-word phrase of the
     * table that reads as it ("service" for the term "services"). For explanations: the scorer
     * pairs such spellings by their letters.
     */
    static boolean sameTerm(String word, String term) {
        Reading reading = TERMS.get(word);
        return word.equals(term) || reading != null && reading.terms().size() == 1 && reading.terms().getFirst().equals(term);
    }

    /**
     * Whether a name says what a company does: a word of it is a business term, an English term or a
     * phrase of the table in any language ("Hoàng Long Steel", "Cty TM Hoàng Long", "华强贸易").
     * A bare name ("Hoàng Long", "Huaqiang") says none.
     */
    static boolean saysABusiness(List<NameToken> words) {
        for (NameToken word : words) {
            if (word.origin() == NameToken.Origin.BUSINESS_TERM || ENGLISH.contains(word.folded())) {
                return true;
            }
        }
        return !spans(words, false).isEmpty();
    }

    /**
     * Whether a word of a company's name says what it does: read as a business term, or an English
     * term or one-word phrase of the table as written ("Trading" in "Minh Phat Trading Co., Ltd",
     * whose name needs no second reading).
     */
    static boolean businessWord(NameToken word) {
        return word.origin() == NameToken.Origin.BUSINESS_TERM
                || word.origin() == NameToken.Origin.LATIN && (ENGLISH.contains(word.folded()) || TERMS.containsKey(word.folded()));
    }

    /** The words of a phrase of the table: Latin words are separated by spaces, each Han character is a word of its own. */
    private static List<String> wordsOf(String phrase) {
        return TextFolding.isHan(phrase.codePointAt(0))
                ? phrase.codePoints().mapToObj(Character::toString).toList()
                : List.of(phrase.split(" "));
    }

    /** A name's word as the table writes it: a Han character as it stands, any other word folded. */
    private static String tableWord(NameToken word) {
        return TokenSimilarity.fromHan(word) ? word.original() : word.folded();
    }

    /**
     * The name's readings with every known phrase read as its English term: longest phrase first
     * from the start of the name and from its end, both when they differ ("Đặng Tú Vận tải" is
     * "Tú Vận" = consulting read from the start, "Vận tải" = transport from the end); none when
     * the name needs no second reading: an English name whose business words are the terms or
     * spellings of them the scorer pairs anyway ("Services"), since a reading costs every query
     * that has one. A term keeps the phrase as written, for the explanation.
     */
    static List<List<NameToken>> readings(List<NameToken> words, ToLongFunction<String> phonetics) {
        List<Span> fromStart = spans(words, false);
        List<Span> fromEnd = spans(words, true);
        List<List<NameToken>> readings = new ArrayList<>(2);
        if (fromStart.stream().anyMatch(span -> span.reading().needsReading())) {
            readings.add(read(words, fromStart, phonetics));
        }
        if (!fromEnd.equals(fromStart) && fromEnd.stream().anyMatch(span -> span.reading().needsReading())) {
            readings.add(read(words, fromEnd, phonetics));
        }
        return readings;
    }

    /** A phrase found in a name: where it starts, how many words, and what it reads as. */
    private record Span(int start, int length, Reading reading) {
    }

    /** The phrases of the name, each the longest one at its place, taken from the start or from the end. */
    private static List<Span> spans(List<NameToken> words, boolean fromEnd) {
        List<Span> spans = new ArrayList<>();
        int i = fromEnd ? words.size() - 1 : 0;
        while (fromEnd ? i >= 0 : i < words.size()) {
            NameToken edge = words.get(i);
            Span found = null;
            if ((fromEnd ? LAST_WORDS : FIRST_WORDS).contains(tableWord(edge))) {
                for (int n = Math.min(LONGEST, fromEnd ? i + 1 : words.size() - i); n >= 1 && found == null; n--) {
                    int start = fromEnd ? i - n + 1 : i;
                    Reading reading = TERMS.get(key(words, start, n));
                    found = reading == null ? null : new Span(start, n, reading);
                }
            }
            if (found != null) {
                spans.add(found);
            }
            int step = found == null ? 1 : found.length();
            i += fromEnd ? -step : step;
        }
        if (fromEnd) {
            java.util.Collections.reverse(spans);
        }
        return spans;
    }

    private static List<NameToken> read(List<NameToken> words, List<Span> spans, ToLongFunction<String> phonetics) {
        List<NameToken> out = new ArrayList<>(words.size());
        int next = 0;
        for (Span span : spans) {
            out.addAll(words.subList(next, span.start()));
            String original = original(words, span.start(), span.length());
            for (String term : span.reading().terms()) {
                out.add(new NameToken(original, term, NameToken.Origin.BUSINESS_TERM, List.of(), phonetics.applyAsLong(term)));
            }
            next = span.start() + span.length();
        }
        out.addAll(words.subList(next, words.size()));
        return out;
    }

    private static String key(List<NameToken> words, int start, int length) {
        StringBuilder key = new StringBuilder();
        boolean han = TokenSimilarity.fromHan(words.get(start));
        for (int i = start; i < start + length; i++) {
            NameToken word = words.get(i);
            if (TokenSimilarity.fromHan(word) != han) {
                return "";
            }
            key.append(han || i == start ? "" : " ").append(tableWord(word));
        }
        return key.toString();
    }

    /** The phrase as written; an abbreviation expanded to several words (TM) is shown once. */
    private static String original(List<NameToken> words, int start, int length) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        boolean han = TokenSimilarity.fromHan(words.get(start));
        for (int i = start; i < start + length; i++) {
            String original = words.get(i).original();
            if (original.equals(previous) && words.get(i).origin() == NameToken.Origin.ABBREVIATION) {
                continue;
            }
            text.append(text.isEmpty() || han ? "" : " ").append(original);
            previous = original;
        }
        return text.toString();
    }
}
