package org.caunoi.hub.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.caunoi.hub.platform.HubProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A handler that takes its time, for the crash test: it notes each start in
 * {@code <data-dir>/slow-handler-starts} and then works for the configured milliseconds. Only
 * present when {@code caunoi.test.slow-handler-millis} is set.
 */
@Component
@ConditionalOnProperty("caunoi.test.slow-handler-millis")
class SlowTestHandler implements MessageHandler {

    static final MessageType TYPE = new MessageType("test", "Slow");

    private final long millis;
    private final Path starts;

    SlowTestHandler(@Value("${caunoi.test.slow-handler-millis}") long millis, HubProperties hub) {
        this.millis = millis;
        this.starts = startsFile(hub.dataPath());
    }

    static Path startsFile(Path dataDir) {
        return dataDir.resolve("slow-handler-starts");
    }

    @Override
    public MessageType type() {
        return TYPE;
    }

    @Override
    public void handle(ReceivedMessage message) {
        try {
            Files.writeString(starts, message.messageId() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            // The wait is the behaviour under test (a partner slow to handle a message), not a test waiting for something.
            Thread.sleep(millis);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
