package org.caunoi.matching;

import java.util.List;
import java.util.stream.Collectors;

/** One ranked answer to a query: the entry, which of its names matched, the score in [0, 1] and why. */
public record Hit(WatchlistEntry entry, String matchedName, double score, List<MatchReason> reasons) {

    public Hit {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as one line, e.g. "NGUYEN ≈ Nguyễn: diacritics; TNHH = LLC: company form". */
    public String explanation() {
        return reasons.stream().map(MatchReason::toString).collect(Collectors.joining("; "));
    }
}
