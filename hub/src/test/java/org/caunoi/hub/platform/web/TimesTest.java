package org.caunoi.hub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Moments on screen: the officers' zone, to the second, the offset written beside; days as the reader writes them. */
class TimesTest {

    static final Locale VIETNAMESE = Locale.of("vi");

    final Times hanoi = new Times(ZoneId.of("Asia/Ho_Chi_Minh"));

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void showsTheMomentInTheOfficersZoneWithItsOffset() {
        assertThat(hanoi.format(Instant.parse("2026-12-06T09:05:31Z"), Locale.ENGLISH)).isEqualTo("06/12/2026 16:05:31 UTC+07:00");
        assertThat(hanoi.format(Instant.parse("2026-12-06T09:05:31Z"), VIETNAMESE)).isEqualTo("06/12/2026 16:05:31 UTC+07:00");
    }

    @Test
    void dropsFractionsOfASecondWithoutRoundingUp() {
        assertThat(hanoi.format(Instant.parse("2026-12-06T23:59:59.999999Z"), Locale.ENGLISH)).isEqualTo("07/12/2026 06:59:59 UTC+07:00");
    }

    @Test
    void aTimeWithAnotherOffsetIsShownInTheOfficersZone() {
        LocaleContextHolder.setLocale(VIETNAMESE);
        assertThat(hanoi.format(OffsetDateTime.parse("2026-12-06T10:05:31+01:00"))).isEqualTo("06/12/2026 16:05:31 UTC+07:00");
    }

    @Test
    void anotherZoneCanBeConfigured() {
        assertThat(new Times(ZoneId.of("UTC")).format(Instant.parse("2026-12-06T09:05:31Z"), Locale.ENGLISH)).isEqualTo("06/12/2026 09:05:31 UTC+00:00");
    }

    @Test
    void noTimeIsShownAsNothing() {
        assertThat(hanoi.format((Instant) null)).isEmpty();
        assertThat(hanoi.date(null)).isEmpty();
    }

    @Test
    void aDayIsDayMonthYearInBothLanguagesAsTheFormsAskForIt() {
        LocaleContextHolder.setLocale(VIETNAMESE);
        assertThat(hanoi.date(LocalDate.of(2025, 12, 14))).isEqualTo("14/12/2025");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(hanoi.date(LocalDate.of(2025, 12, 14))).isEqualTo("14/12/2025");
    }
}
