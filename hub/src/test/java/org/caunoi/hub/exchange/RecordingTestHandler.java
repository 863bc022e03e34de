package org.caunoi.hub.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A handler that keeps what it receives, for tests that check what the receiving module is handed,
 * and refuses a payload of {@link #REFUSED_PAYLOAD} as a module refuses what it cannot take. Only
 * present when {@code caunoi.test.recording-handler} is set.
 */
@Component
@ConditionalOnProperty("caunoi.test.recording-handler")
class RecordingTestHandler implements MessageHandler {

    static final MessageType TYPE = new MessageType("test", "Record");
    static final String REFUSED_PAYLOAD = "refuse me";

    private final List<ReceivedMessage> received = new CopyOnWriteArrayList<>();

    @Override
    public MessageType type() {
        return TYPE;
    }

    @Override
    public Optional<String> refusal(String partnerCode, Threading threading, byte[] payload) {
        return REFUSED_PAYLOAD.equals(new String(payload, StandardCharsets.UTF_8))
                ? Optional.of("the test handler refuses this payload") : Optional.empty();
    }

    @Override
    public void handle(ReceivedMessage message) {
        received.add(message);
    }

    List<ReceivedMessage> received() {
        return List.copyOf(received);
    }
}
