package org.caunoi.matching;

/**
 * Why part of a hit matched (or did not): the query's words, the entry's words and how they meet,
 * rendered as "NGUYEN ≈ Nguyễn: diacritics". {@code similarity} is in [0, 1].
 */
public record MatchReason(String queryPart, String entryPart, MatchKind kind, double similarity) {

    @Override
    public String toString() {
        return switch (kind) {
            case UNMATCHED_QUERY_PART -> queryPart + ": " + kind.label();
            case UNMATCHED_ENTRY_PART, MIDDLE_NAME_MISSING -> entryPart + ": " + kind.label();
            case SPELLING -> queryPart + " ≈ " + entryPart + ": spelling " + String.format(java.util.Locale.ROOT, "%.2f", similarity);
            default -> queryPart + " " + kind.symbol() + " " + entryPart + ": " + kind.label();
        };
    }
}
