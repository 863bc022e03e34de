package org.caunoi.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hub's own clock (no test's) tells the time of the world in the officers' zone, so its "today" is theirs. */
@HubTest
class HubClockTest extends HubTest.Base {

    @Autowired
    Clock clock;

    @Test
    void theHubsClockRunsInTheOfficersTimeZoneAtTheWorldsTime() {
        assertThat(clock.getZone()).isEqualTo(TestHub.ZONE);
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
