package org.caunoi.hub.exchange.internal.inbox;

import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadSchema;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.springframework.stereotype.Component;

/** Answers the connectivity check: the signed receipt is the answer, so there is nothing more to do. */
@Component
class PingHandler implements MessageHandler {

    private static final PayloadSchema SCHEMA = PayloadSchema.xml("exchange/schemas/ping-1.xsd");

    @Override
    public MessageType type() {
        return MessageType.PING;
    }

    @Override
    public PayloadSchema schema() {
        return SCHEMA;
    }

    @Override
    public boolean completesOnArrival() {
        return true;
    }

    @Override
    public void handle(ReceivedMessage message) {
        // The signed receipt is the answer: storing the message closes its history.
    }
}
