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

    /**
     * The earlier versions of the payload this hub still takes, oldest first: each must follow {@link #schema()}
     * too (a later version only adds optional fields), which is what arrivals are checked against. They are
     * listed at {@code GET /schemas} beside it, so a partner's hub knows it may send them, and this hub may write
     * them to a partner of an earlier release ({@link PayloadVersions}).
     */
    default java.util.List<PayloadSchema> earlierSchemas() {
        return java.util.List.of();
    }

    /**
     * Why this hub cannot take a message of this type, asked before it is stored and receipted: an
     * answer to a request this hub never sent, say. Empty takes it. The reason goes back to the
     * sender in an ebMS error (EBMS:0004) and into the audit trail. A question only: it writes nothing.
     */
    default java.util.Optional<String> refusal(String partnerCode, Threading threading, byte[] payload) {
        return java.util.Optional.empty();
    }

    /**
     * True for a handler with nothing to do that can fail, such as the connectivity check's: it
     * runs in the transaction that stores the message, which is stored processed at once, so the
     * message costs no processing transaction of its own. A handler that throws then refuses the
     * message instead of leaving it for a retry: keep false for anything that does real work.
     */
    default boolean completesOnArrival() {
        return false;
    }

    void handle(ReceivedMessage message);
}
