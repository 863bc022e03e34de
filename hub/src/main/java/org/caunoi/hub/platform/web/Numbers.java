package org.caunoi.hub.platform.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How every screen shows a quantity: the officer's way, 12,5 and 627.000 in Vietnamese, 12.5 and
 * 627,000 in English, up to three decimals. Templates call {@code ${@numbers.format(q.value)}}.
 */
@Component("numbers")
public class Numbers {

    public String format(@Nullable Number value) {
        return format(value, LocaleContextHolder.getLocale());
    }

    public String format(@Nullable Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}
