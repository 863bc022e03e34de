package org.caunoi.matching;

import java.util.List;

/** The entries read from a list file and, in lenient mode, the malformed lines that were skipped. */
public record LoadResult(List<WatchlistEntry> entries, List<LoadProblem> problems) {

    public LoadResult {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
