package org.caunoi.matching;

/** How a part of the query met a part of the entry; the label and symbol are what an officer reads. */
public enum MatchKind {
    EXACT("=", "exact"),
    DIACRITICS("≈", "diacritics"),
    SPELLING("≈", "spelling"),
    TRUNCATION("≈", "truncation"),
    INITIAL("≈", "initial"),
    JOINED("≈", "written together"),
    ABBREVIATION("=", "abbreviation"),
    ACRONYM("=", "acronym"),
    COMPANY_FORM("=", "company form"),
    BUSINESS_TERM("=", "business term"),
    COMPANY_FORM_DIFFERS("≠", "company form differs"),
    HAN_VIET("→", "Hán-Việt reading"),
    PINYIN("→", "pinyin"),
    /**
     * A Vietnamese syllable and a pinyin syllable that a character common in names reads as both
     * (Trương ~ Zhang, 张): a Chinese name written in pinyin alone, read as a Vietnamese officer reads it.
     */
    HAN_VIET_OF_PINYIN("~", "Hán-Việt reading of the pinyin"),
    TRANSLITERATION("→", "transliteration"),
    IDENTIFIER("=", "identifier"),
    DATE_OF_BIRTH("=", "date of birth"),
    DATE_OF_BIRTH_DIFFERS("≠", "date of birth differs"),
    COUNTRY("=", "country"),
    COUNTRY_DIFFERS("≠", "country differs"),
    TYPE_DIFFERS("≠", "type differs"),
    UNMATCHED_QUERY_PART("∉", "not in entry"),
    UNMATCHED_ENTRY_PART("∉", "not in query"),
    /** A middle name of the entry the query is written without ("Nguyễn Hùng" for Nguyễn Văn Hùng). */
    MIDDLE_NAME_MISSING("∉", "middle name missing"),
    IDENTIFIER_DIFFERS("≠", "identifier differs");

    private final String symbol;
    private final String label;

    MatchKind(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }
}
