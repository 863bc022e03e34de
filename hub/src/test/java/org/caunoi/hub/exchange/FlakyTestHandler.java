package org.caunoi.hub.exchange;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A handler that fails its first attempts, for the test that a failing handler leaves the message
 * stored and tried again. Only present when {@code caunoi.test.flaky-handler-failures} is set.
 */
@Component
@ConditionalOnProperty("caunoi.test.flaky-handler-failures")
class FlakyTestHandler implements MessageHandler {

    static final MessageType TYPE = new MessageType("test", "Flaky");

    private final int failures;
    private final AtomicInteger attempts = new AtomicInteger();

    FlakyTestHandler(@Value("${caunoi.test.flaky-handler-failures}") int failures) {
        this.failures = failures;
    }

    @Override
    public MessageType type() {
        return TYPE;
    }

    @Override
    public void handle(ReceivedMessage message) {
        if (attempts.incrementAndGet() <= failures) {
            throw new IllegalStateException("the handler's own store is down (attempt " + attempts.get() + ")");
        }
    }
}
