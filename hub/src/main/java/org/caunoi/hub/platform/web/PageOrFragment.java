package org.caunoi.hub.platform.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * One endpoint, two shapes: htmx asking for a part of the page gets the fragment; a plain request, a
 * bookmark, or htmx restoring its history (which needs the whole page) gets the page with its layout.
 * Controllers take {@link HtmxRequest} as an argument (htmx-spring-boot resolves it) and return
 * {@code PageOrFragment.of(htmx, "partners/list", "rows")}.
 */
public final class PageOrFragment {

    private PageOrFragment() {
    }

    /** The view name: {@code template} for the page, {@code template :: fragment} for htmx. */
    public static String of(HtmxRequest htmx, String template, String fragment) {
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? template + " :: " + fragment : template;
    }
}
