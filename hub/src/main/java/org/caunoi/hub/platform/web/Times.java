package org.caunoi.hub.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How every screen shows a moment: in the officers' time zone ({@code caunoi.time-zone}, Vietnam's by
 * default), to the second, with the zone's offset beside it, so a time read off a screen is never
 * mistaken for UTC. Templates call {@code ${@times.format(m.at)}}.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", Locale.ROOT);

    private final ZoneId zone;

    Times(@Value("${caunoi.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code 2026-12-06 16:05:31 UTC+07:00}; empty for no time. */
    public String format(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return PATTERN.format(local) + " UTC" + OFFSET.format(local);
    }

    public String format(@Nullable OffsetDateTime time) {
        return time == null ? "" : format(time.toInstant());
    }
}
