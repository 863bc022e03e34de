package org.caunoi.matching;

import java.util.ArrayList;
import java.util.List;

/** Collects load problems and, in strict mode, turns them into a failure at the end of the load. */
final class ProblemLog {

    private final LoadMode mode;
    private final List<LoadProblem> problems = new ArrayList<>();

    ProblemLog(LoadMode mode) {
        this.mode = mode;
    }

    void report(String file, long line, String message) {
        problems.add(new LoadProblem(file, line, message));
    }

    LoadResult result(List<WatchlistEntry> entries) {
        if (mode == LoadMode.STRICT && !problems.isEmpty()) {
            throw new WatchlistLoadException(problems);
        }
        return new LoadResult(entries, problems);
    }

    /** A file that cannot be read further at all fails in both modes. */
    WatchlistLoadException fatal(String file, long line, String message) {
        problems.add(new LoadProblem(file, line, message));
        return new WatchlistLoadException(problems);
    }
}
