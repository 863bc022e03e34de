package org.caunoi.hub.platform.web;

import java.util.List;

/**
 * One page of a list screen: its rows and where they stand in the whole list, for the shared pager
 * ({@code templates/tables.html}) that says "showing 51–100 of 1,234" and links to the pages around it.
 */
public record ListPage<T>(List<T> rows, int page, int size, long total) {

    /** The position of the page's first row, from 1; 0 when the page is empty. */
    public long first() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The position of the page's last row. */
    public long last() {
        return rows.isEmpty() ? 0 : (long) page * size + rows.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
