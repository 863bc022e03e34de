package org.caunoi.hub.platform.web;

import org.springframework.stereotype.Component;

/**
 * The pager's links: the list being shown, with its filters, size and language, at another page. The
 * shared pager fragment asks it in a {@code th:with}, as the layout asks {@link LanguageLinks}.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return CurrentAddress.with("page", String.valueOf(page)).orElse("?page=" + page);
    }
}
