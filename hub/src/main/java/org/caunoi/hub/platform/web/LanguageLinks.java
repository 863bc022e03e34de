package org.caunoi.hub.platform.web;

import org.springframework.stereotype.Component;

/**
 * The header's language links: the page being shown, with its filters, in the other language. The
 * layout asks it in a {@code th:with} (a link attribute may not call beans); a bare {@code ?lang=en} lost the query,
 * so switching language on a filtered list showed the whole list.
 */
@Component("languageLinks")
public class LanguageLinks {

    public String to(String language) {
        return CurrentAddress.with("lang", language).orElse("?lang=" + language);
    }
}
