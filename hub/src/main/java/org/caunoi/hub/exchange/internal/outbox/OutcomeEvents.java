package org.caunoi.hub.exchange.internal.outbox;

import java.util.Set;
import java.util.stream.Collectors;

import org.caunoi.hub.exchange.FollowedMessageTypes;
import org.caunoi.hub.exchange.MessageType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes how a delivery ended only when some module follows the message's type, so a message
 * nobody follows writes no event publications and starts no listener transactions.
 */
@Component
class OutcomeEvents implements SmartInitializingSingleton {

    private final ObjectProvider<FollowedMessageTypes> followers;
    private final ApplicationEventPublisher publisher;
    /** Collected once every bean exists: the listening modules depend on the exchange, not the other way. */
    private volatile Set<MessageType> followed = Set.of();

    OutcomeEvents(ObjectProvider<FollowedMessageTypes> followers, ApplicationEventPublisher publisher) {
        this.followers = followers;
        this.publisher = publisher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        followed = followers.orderedStream().flatMap(follower -> follower.followed().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether some module follows how messages of this type end. */
    boolean followed(MessageType type) {
        return followed.contains(type);
    }

    void publish(MessageType type, Object outcome) {
        if (followed(type)) {
            publisher.publishEvent(outcome);
        }
    }
}
