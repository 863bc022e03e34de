package org.caunoi.hub.platform.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * How every {@code /api} list answers a page: the page's rows as a JSON array, {@code X-Total-Count}
 * with how many the whole list holds, and {@code Link rel="next"} (the same address, filters kept) while
 * more follow. One place, so a client pages every list the same way.
 */
public final class PagedAnswer {

    private PagedAnswer() {
    }

    /** The answer for this page of the list the current request asked for. */
    public static <T> ResponseEntity<List<T>> of(ListPage<T> listed) {
        var answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(listed.total()));
        if (listed.hasNext()) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", listed.page() + 1)
                    .replaceQueryParam("size", listed.size())
                    .build()
                    .toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(listed.rows());
    }
}
