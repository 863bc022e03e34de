package org.caunoi.matching;

import java.util.Set;

/**
 * Name words so frequent in the names customs meets that they must never drive a match alone
 * (NGUYEN, VAN, TRADING, INTERNATIONAL...), whatever their frequency in the loaded lists: a
 * sanctions list has few Vietnamese names, so its own statistics would call NGUYEN rare.
 */
final class CommonWords {

    /** Weight factor applied to a common word's inverse document frequency. */
    static final double FACTOR = 0.25;

    // Set.copyOf tolerates the duplicates a hand-kept list gathers
    private static final Set<String> WORDS = Set.copyOf(java.util.Arrays.asList(
            // Vietnamese family names (about 90 % of the population) and middle names
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
            "ngo", "duong", "ly", "van", "thi", "duc", "huu", "dinh", "cong", "quang", "ngoc", "xuan", "thanh",
            "minh", "anh", "kim", "trong", "tien",
            // Chinese family names, pinyin
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
            "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han",
            "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu",
            "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "jin", "fu", "wong", "lee",
            "chan", "cheung", "ng", "lam", "lau", "ho", "tan", "lim", "ong", "koh", "kim", "park", "choi",
            // Arabic, Persian and other particles and very common names
            "al", "el", "bin", "ibn", "bint", "abu", "abd", "abdul", "ben", "ould", "mohammed", "mohammad",
            "muhammad", "mohamed", "ahmed", "ahmad", "ali", "hassan", "hussein", "husayn", "hasan", "abdullah",
            "abdallah", "ibrahim", "mahmoud", "mustafa", "omar", "umar", "khan", "sayed", "seyed", "sheikh",
            "dr", "mr", "mrs", "ms", "haji", "hajji", "mullah", "maulana", "mufti", "shaykh", "sayyid", "general", "colonel", "de", "del", "la", "los", "las", "da", "dos", "van", "von", "der", "di", "y", "e",
            // English and general business words
            "the", "of", "and", "for", "trading", "trade", "international", "global", "group", "holding",
            "holdings", "import", "export", "imports", "exports", "industrial", "industries", "industry",
            "investment", "investments", "development", "services", "service", "general", "enterprise",
            "enterprises", "commercial", "commerce", "logistics", "shipping", "transport", "energy",
            "technology", "technologies", "national", "bank", "company", "corporation", "co", "new",
            "east", "west", "north", "south", "asia", "pacific", "world", "union", "united", "star", "sun",
            "china", "vietnam", "viet", "nam", "hong", "kong", "petroleum", "oil", "gas", "marine", "maritime",
            "construction", "manufacturing", "products", "resources", "capital", "finance", "management",
            "management", "association", "foundation", "organization", "organisation", "front", "party",
            // business words as BusinessTerms reads them
            "engineering", "forwarding", "realestate", "consulting", "distribution", "processing",
            "equipment", "machinery", "materials", "solutions", "jointventure", "branch", "factory",
            // Vietnamese business words (thương mại, dịch vụ, xuất nhập khẩu, sản xuất, đầu tư...)
            "thuong", "mai", "dich", "xuat", "nhap", "khau", "san", "dau", "tu", "phat", "trien", "xay", "dung",
            "ky", "thuat", "cong", "nghiep", "tai", "thanh", "pho", "viet"));

    private CommonWords() {
    }

    /** Words that carry no identity at all, lighter still than common name words. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "for", "in", "on", "at", "to", "by",
            "de", "del", "la", "le", "los", "las", "da", "das", "do", "dos", "du", "des", "y", "e", "et", "und", "wal",
            // the mark of a city or province beside its name (BusinessTerms reads 市, Thành phố, 省 so)
            "city", "province");

    static double factor(String folded) {
        return FUNCTION_WORDS.contains(folded) ? FACTOR / 3 : WORDS.contains(folded) ? FACTOR : 1.0;
    }

    /** Vietnamese family names that fold to a function word of another language (Lê, Đỗ, Tô, La). */
    private static final Set<String> VIETNAMESE_FAMILY_NAMES_LIKE_FUNCTION_WORDS = Set.of("le", "do", "to", "la");

    static boolean isVietnameseFamilyName(String folded) {
        return VIETNAMESE_FAMILY_NAMES_LIKE_FUNCTION_WORDS.contains(folded);
    }

    static boolean isFunctionWord(String folded) {
        return FUNCTION_WORDS.contains(folded);
    }

    static boolean isCommon(String folded) {
        return WORDS.contains(folded);
    }
}
