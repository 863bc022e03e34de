package org.caunoi.hub.exchange;

/**
 * The consents partners gave to pass what they sent on to a third partner. Without one, content
 * received from a partner is not queued to another ({@link Dispatch.Refusal#NO_ONWARD_CONSENT}).
 */
public interface OnwardConsents {

    /**
     * Records that {@code source} consented to passing the record of {@code conversation} (or, with
     * {@code conversation} null, anything it sent) on to {@code recipient}; {@code reference} says
     * where the consent is written (a letter's number, the partner's message).
     */
    void record(String source, String recipient, @org.jspecify.annotations.Nullable String conversation, String reference);

    boolean given(String source, String recipient, @org.jspecify.annotations.Nullable String conversation);
}
