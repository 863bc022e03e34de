package org.caunoi.hub.exchange;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where a message stands among others: the message it answers, the version of the shared record
 * it carries, and the handling caveats that came with it. The same on the sending and the
 * receiving hub.
 *
 * @param inReplyTo the MessageId of the message this one answers (the message property caunoi:in-reply-to)
 * @param revision the shared record and its version (ebMS ConversationId and the version properties)
 */
public record Threading(@Nullable String inReplyTo, @Nullable Revision revision, Set<Caveat> caveats) {

    public static final Threading NONE = new Threading(null, null, Set.of());

    public Threading {
        caveats = Set.copyOf(caveats);
    }
}
