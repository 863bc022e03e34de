package org.caunoi.hub.platform.web;

import java.util.List;

import org.caunoi.hub.platform.problem.ParameterOutOfRangeException;

/**
 * Which page of a list a screen shows, read from its {@code page} (from 0) and {@code size} parameters
 * as the API reads them: a value out of range is the same 400 naming the parameter, in the officer's language.
 */
public record Paging(int page, int size) {

    /** Rows a screen shows when the address names no size: a screenful, and what the API's clients page by. */
    public static final int DEFAULT_SIZE = 50;

    /** The most rows one page holds, the API's limit too. */
    public static final int MAX_SIZE = 500;

    public Paging {
        ParameterOutOfRangeException.check("page", page, 0, 1_000_000);
        ParameterOutOfRangeException.check("size", size, 1, MAX_SIZE);
    }

    /** Rows before this page's first one. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /** This page's rows, read with {@link #offset()} and {@link #size()}, and how many the list holds in all. */
    public <T> ListPage<T> of(List<T> rows, long total) {
        return new ListPage<>(List.copyOf(rows), page, size, total);
    }

    /** This page of a list already in memory (a few dozen partners or agreements). */
    public <T> ListPage<T> slice(List<T> all) {
        int from = Math.min(offset(), all.size());
        return of(all.subList(from, Math.min(from + size, all.size())), all.size());
    }
}
