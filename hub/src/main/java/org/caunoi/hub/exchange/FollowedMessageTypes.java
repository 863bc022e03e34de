package org.caunoi.hub.exchange;

import java.util.Set;

/**
 * The message types whose outcomes ({@link MessageDelivered}, {@link MessageRefusedByPartner},
 * {@link MessageGivenUp}) a module listens to, declared by a bean of that module. The exchange
 * publishes an outcome only for a type some bean follows: each publication is a row in the event
 * publication registry per listener and a transaction per listener, which a Ping nobody follows
 * should not cost.
 */
public interface FollowedMessageTypes {

    Set<MessageType> followed();
}
