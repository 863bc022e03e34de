package org.caunoi.hub.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The header's language links: the page being shown, with its filters, in the other language. The
 * layout asks it in a {@code th:with} (a link attribute may not call beans); a bare {@code ?lang=en} lost the query,
 * so switching language on a filtered list showed the whole list.
 */
@Component("languageLinks")
public class LanguageLinks {

    public String to(String language) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "?lang=" + language;
        }
        var request = attributes.getRequest();
        try {
            UriComponents page = ServletUriComponentsBuilder.fromRequestUri(request).query(request.getQueryString())
                    .replaceQueryParam("lang", language).build(true);
            String query = page.getQuery();
            return page.getPath() + (query == null ? "" : "?" + query);
        }
        catch (IllegalArgumentException notEncodedAsItShouldBe) {
            // A query a browser would not send (raw characters): the page without its filters still works.
            return "?lang=" + language;
        }
    }
}
