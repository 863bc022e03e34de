package org.caunoi.hub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Moments on screen: the officers' zone, to the second, the offset written beside. */
class TimesTest {

    final Times hanoi = new Times(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void showsTheMomentInTheOfficersZoneWithItsOffset() {
        assertThat(hanoi.format(Instant.parse("2026-12-06T09:05:31Z"))).isEqualTo("2026-12-06 16:05:31 UTC+07:00");
    }

    @Test
    void dropsFractionsOfASecondWithoutRoundingUp() {
        assertThat(hanoi.format(Instant.parse("2026-12-06T23:59:59.999999Z"))).isEqualTo("2026-12-07 06:59:59 UTC+07:00");
    }

    @Test
    void aTimeWithAnotherOffsetIsShownInTheOfficersZone() {
        assertThat(hanoi.format(OffsetDateTime.parse("2026-12-06T10:05:31+01:00"))).isEqualTo("2026-12-06 16:05:31 UTC+07:00");
    }

    @Test
    void anotherZoneCanBeConfigured() {
        assertThat(new Times(ZoneId.of("UTC")).format(Instant.parse("2026-12-06T09:05:31Z"))).isEqualTo("2026-12-06 09:05:31 UTC+00:00");
    }

    @Test
    void noTimeIsShownAsNothing() {
        assertThat(hanoi.format((Instant) null)).isEmpty();
    }
}
