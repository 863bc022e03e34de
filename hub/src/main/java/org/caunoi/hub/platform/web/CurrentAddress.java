package org.caunoi.hub.platform.web;

import java.util.Optional;

import jakarta.servlet.DispatcherType;
import org.caunoi.hub.platform.problem.ErrorPages;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of the page being shown with one query parameter set, the others (a list's filters,
 * its language, its page) kept: what the language links and the pager link to.
 */
final class CurrentAddress {

    private CurrentAddress() {
    }

    /** The path and query with {@code name=value}; empty outside a request or for a query a browser would not send. */
    static Optional<String> with(String name, String value) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        var request = attributes.getRequest();
        try {
            // On the error page: the page it is shown for (the dashboard when that is unknown), never /error.
            Object shownFor = request.getAttribute(ErrorPages.SHOWN_FOR);
            if (shownFor == null && request.getDispatcherType() == DispatcherType.ERROR) {
                shownFor = request.getContextPath() + "/";
            }
            UriComponents page = shownFor instanceof String path
                    ? UriComponentsBuilder.fromUriString(path).replaceQueryParam(name, value).build(true)
                    : ServletUriComponentsBuilder.fromRequestUri(request).query(request.getQueryString())
                            .replaceQueryParam(name, value).build(true);
            String query = page.getQuery();
            return Optional.of(page.getPath() + (query == null ? "" : "?" + query));
        }
        catch (IllegalArgumentException notEncodedAsItShouldBe) {
            // Raw characters in the query: the page without its other parameters still works.
            return Optional.empty();
        }
    }
}
