package org.caunoi.hub.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the hub: deadlines, validity and audit times all ask it, so tests can set the time. It runs in
 * the officers' time zone ({@code caunoi.time-zone}): instants are the same in any zone, but "today" (deadlines,
 * overdue, the figures' year, references) is the officers' day, which in Hanoi starts seven hours before UTC's.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${caunoi.time-zone:Asia/Ho_Chi_Minh}") ZoneId officersZone) {
        return Clock.system(officersZone);
    }
}
