package org.caunoi.hub.platform.events;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.caunoi.hub.platform.operations.Recent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Given-up event publications for monitoring: the gauge caunoi.events.given-up for Prometheus, and the
 * health component "eventPublications" (/actuator/health/eventPublications), WARNING while there is one.
 * WARNING, not DOWN: the hub still serves, but an administrator must look (application.yml orders it
 * between the two and answers it with 200); the liveness and readiness probes leave it out.
 */
@Component("eventPublicationsHealthIndicator")
class GivenUpPublicationsWatch implements HealthIndicator, MeterBinder {

    static final Status WARNING = new Status("WARNING", "Event publications given up: see /admin/events");

    private final Recent<Long> count;

    GivenUpPublicationsWatch(GivenUpPublications givenUp, Clock clock) {
        this.count = new Recent<>(givenUp::count, Duration.ofSeconds(5), clock);
    }

    @Override
    public Health health() {
        long givenUp = count.get();
        return (givenUp == 0 ? Health.up() : Health.status(WARNING)).withDetail("givenUp", givenUp).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("caunoi.events.given-up", count, Recent::get)
                .description("Event publications no longer handed back to their listener after caunoi.events.max-attempts failures")
                .register(registry);
    }
}
