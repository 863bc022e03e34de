package org.caunoi.hub.exchange;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the exchange's outcome events as a sending module would, for the test type it follows,
 * and keeps them for a test to read. Only present when {@code caunoi.test.record-outcomes} is set.
 */
@Component
@ConditionalOnProperty("caunoi.test.record-outcomes")
class OutcomeRecorder implements FollowedMessageTypes {

    private final List<Object> outcomes = new CopyOnWriteArrayList<>();

    @Override
    public Set<MessageType> followed() {
        return Set.of(RecordingTestHandler.TYPE);
    }

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
