package org.caunoi.hub.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How every screen shows a moment and a day: a moment in the officers' time zone ({@code caunoi.time-zone},
 * Vietnam's by default), to the second, with the zone's offset beside it, so a time read off a screen is
 * never mistaken for UTC; a day as the forms ask for it, day/month/year, in English too (2026-05-12 next to a
 * form asking dd/mm/yyyy read as ambiguous, and the partners write days first as well). Templates call {@code ${@times.format(m.at)}} and {@code ${@times.date(c.date)}};
 * forms read a typed day back with {@link #parseDay(String)}. The API keeps ISO.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", Locale.ROOT);

    /** Days as Vietnamese officers type them: day first, with slashes, dots or hyphens. */
    private static final List<DateTimeFormatter> DAY_FIRST = Stream.of("d/M/uuuu", "d.M.uuuu", "d-M-uuuu")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Pattern DAY_SHAPE = Pattern.compile("\\d{1,2}([/.-])\\d{1,2}\\1\\d{4}|\\d{4}-\\d{2}-\\d{2}");

    private final ZoneId zone;

    public Times(@Value("${caunoi.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code 06/12/2026 16:05:31 UTC+07:00}; empty for no time. */
    public String format(@Nullable Instant instant) {
        return format(instant, LocaleContextHolder.getLocale());
    }

    public String format(@Nullable OffsetDateTime time) {
        return time == null ? "" : format(time.toInstant());
    }

    /** The moment for a reader of that language. */
    public String format(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return date(local.toLocalDate(), locale) + " " + CLOCK.format(local) + " UTC" + OFFSET.format(local);
    }

    /** The officers' day of a moment, {@code 14/12/2025}; empty for no moment. */
    public String dayOf(@Nullable Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, zone), LocaleContextHolder.getLocale());
    }

    /** {@code 14/12/2025}; empty for no day. */
    public String date(@Nullable LocalDate day) {
        return date(day, LocaleContextHolder.getLocale());
    }

    /** A day kept as ISO text ({@code 2025-12-14}) shown as {@link #date(LocalDate)} shows it; other text (a year) as it is. */
    public String isoDate(@Nullable String iso) {
        return isoDate(iso, LocaleContextHolder.getLocale());
    }

    /** A day kept as ISO text for a reader of that language; other text as it is. */
    public static String isoDate(@Nullable String iso, Locale locale) {
        if (iso == null) {
            return "";
        }
        try {
            return date(LocalDate.parse(iso), locale);
        }
        catch (DateTimeParseException notADay) {
            return iso;
        }
    }

    /** The day for a reader of that language. */
    public static String date(@Nullable LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        return DAY.format(day);
    }

    /**
     * A day as an officer types it: dd/mm/yyyy (with slashes, dots or hyphens) or ISO yyyy-mm-dd.
     *
     * @throws DateTimeParseException when the text is no such day; {@link #writtenAsADay(String)} then tells
     * a day that does not exist (31/02/2026) from text that is not written as a day at all
     */
    public static LocalDate parseDay(String typed) {
        String text = typed.strip();
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException notIso) {
            for (DateTimeFormatter format : DAY_FIRST) {
                try {
                    return LocalDate.parse(text, format);
                }
                catch (DateTimeParseException notThisWay) {
                    // the next way of writing it
                }
            }
            throw notIso;
        }
    }

    /** Whether the text is written as a day would be ({@code 31/02/2026}, {@code 2026-02-31}), whether or not that day exists. */
    public static boolean writtenAsADay(String typed) {
        return DAY_SHAPE.matcher(typed.strip()).matches();
    }
}
