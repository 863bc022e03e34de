package org.caunoi.hub.exchange;

/**
 * The receiving side of a message type, implemented by the module that owns the type as a Spring
 * bean. {@link #handle} runs in the transaction that marks the message processed: whatever the
 * handler writes commits with that mark or not at all, so a message is processed exactly once, and
 * a handler that throws leaves the message stored and retried later.
 */
public interface MessageHandler {

    MessageType type();

    /** The schema the payload must follow; checked before the message is stored. */
    default PayloadSchema schema() {
        return PayloadSchema.NONE;
    }

    void handle(ReceivedMessage message);
}
