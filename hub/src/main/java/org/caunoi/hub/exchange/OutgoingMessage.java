package org.caunoi.hub.exchange;

import java.util.List;
import java.util.Set;

import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * One message a module sends to one or several partners: each recipient gets its own copy (its
 * own MessageId) after its own legal-basis check.
 *
 * @param recipients partner codes, at least one
 * @param inReplyTo the MessageId of the received message this one answers; one recipient only
 * @param revision the shared record and its version, when the message shares a record that may be corrected or withdrawn
 * @param caveats handling conditions that travel with the message
 * @param receivedFrom the partner the content came from, when it is passed on: each other
 *        recipient needs that partner's recorded consent ({@link OnwardConsents})
 */
public record OutgoingMessage(List<String> recipients, MessageType type, DataCategory category, Purpose purpose,
        String contentType, byte[] payload, @Nullable String inReplyTo, @Nullable Revision revision, Set<Caveat> caveats,
        @Nullable String receivedFrom) {

    public OutgoingMessage {
        recipients = List.copyOf(recipients);
        caveats = Set.copyOf(caveats);
        if (recipients.isEmpty() || recipients.stream().distinct().count() != recipients.size()) {
            throw new IllegalArgumentException("A message goes to at least one partner, each once: " + recipients);
        }
        if (inReplyTo != null && recipients.size() != 1) {
            throw new IllegalArgumentException("A reply goes to the partner it answers only");
        }
    }

    /** A message to one or more partners, with nothing else set. */
    public static OutgoingMessage to(List<String> recipients, MessageType type, DataCategory category, Purpose purpose,
            String contentType, byte[] payload) {
        return new OutgoingMessage(recipients, type, category, purpose, contentType, payload, null, null, Set.of(), null);
    }

    public OutgoingMessage inReplyTo(String messageId) {
        return new OutgoingMessage(recipients, type, category, purpose, contentType, payload, messageId, revision, caveats,
                receivedFrom);
    }

    public OutgoingMessage revision(Revision newRevision) {
        return new OutgoingMessage(recipients, type, category, purpose, contentType, payload, inReplyTo, newRevision,
                caveats, receivedFrom);
    }

    public OutgoingMessage caveats(Set<Caveat> newCaveats) {
        return new OutgoingMessage(recipients, type, category, purpose, contentType, payload, inReplyTo, revision,
                newCaveats, receivedFrom);
    }

    public OutgoingMessage receivedFrom(String partnerCode) {
        return new OutgoingMessage(recipients, type, category, purpose, contentType, payload, inReplyTo, revision, caveats,
                partnerCode);
    }
}
