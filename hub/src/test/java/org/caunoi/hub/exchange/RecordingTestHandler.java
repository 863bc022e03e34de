package org.caunoi.hub.exchange;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A handler that keeps what it receives, for tests that check what the receiving module is handed.
 * Only present when {@code caunoi.test.recording-handler} is set.
 */
@Component
@ConditionalOnProperty("caunoi.test.recording-handler")
class RecordingTestHandler implements MessageHandler {

    static final MessageType TYPE = new MessageType("test", "Record");

    private final List<ReceivedMessage> received = new CopyOnWriteArrayList<>();

    @Override
    public MessageType type() {
        return TYPE;
    }

    @Override
    public void handle(ReceivedMessage message) {
        received.add(message);
    }

    List<ReceivedMessage> received() {
        return List.copyOf(received);
    }
}
