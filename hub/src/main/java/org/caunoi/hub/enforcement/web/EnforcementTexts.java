package org.caunoi.hub.enforcement.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The module's texts in the officer's language, from its own bundle pair
 * ({@code i18n/enforcement_vi.properties}, {@code i18n/enforcement_en.properties}); anything not
 * found there comes from the hub's bundles.
 */
@Component
class EnforcementTexts {

    static final String BUNDLE = "i18n/enforcement";

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    EnforcementTexts(MessageSource hubMessages) {
        texts.setBasename(BUNDLE);
        texts.setDefaultEncoding(StandardCharsets.UTF_8.name());
        texts.setFallbackToSystemLocale(false);
        texts.setParentMessageSource(hubMessages);
    }

    String text(String key, Object... args) {
        return texts.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
