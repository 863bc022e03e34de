package org.caunoi.matching;

import java.util.List;

/** A list file could not be loaded; the message names the file and line of the first problem. */
public final class WatchlistLoadException extends RuntimeException {

    private final transient List<LoadProblem> problems;

    public WatchlistLoadException(List<LoadProblem> problems) {
        super(problems.getFirst().toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
