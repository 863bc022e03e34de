package org.caunoi.hub.exchange;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the exchange's outcome events as a sending module would, and keeps them for a test
 * to read. Only present when {@code caunoi.test.record-outcomes} is set.
 */
@Component
@ConditionalOnProperty("caunoi.test.record-outcomes")
class OutcomeRecorder {

    private final List<Object> outcomes = new CopyOnWriteArrayList<>();

    @EventListener
    void on(MessageDelivered delivered) {
        outcomes.add(delivered);
    }

    @EventListener
    void on(MessageRefusedByPartner refused) {
        outcomes.add(refused);
    }

    @EventListener
    void on(MessageGivenUp givenUp) {
        outcomes.add(givenUp);
    }

    List<Object> outcomes() {
        return List.copyOf(outcomes);
    }
}
