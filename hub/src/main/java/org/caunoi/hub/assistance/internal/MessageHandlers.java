package org.caunoi.hub.assistance.internal;

import java.util.Optional;

import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadSchema;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.exchange.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's three message types, each with its payload schema, handed to {@link PartnerMessages}. */
@Configuration(proxyBeanMethods = false)
class MessageHandlers {

    @Bean
    MessageHandler assistanceRequestHandler(PartnerMessages inbox) {
        return handler(Payloads.REQUEST, Payloads.REQUEST_SCHEMA, inbox::request, (partner, threading) -> Optional.empty());
    }

    @Bean
    MessageHandler assistanceAnswerHandler(PartnerMessages inbox) {
        return handler(Payloads.ANSWER, Payloads.ANSWER_SCHEMA, inbox::answer, inbox::whyNotAnAnswer);
    }

    @Bean
    MessageHandler assistanceReminderHandler(PartnerMessages inbox) {
        return handler(Payloads.REMINDER, Payloads.REMINDER_SCHEMA, inbox::reminder, inbox::whyNotAReminder);
    }

    private static MessageHandler handler(MessageType type, PayloadSchema schema,
            java.util.function.Consumer<ReceivedMessage> handle,
            java.util.function.BiFunction<String, Threading, Optional<String>> refusal) {
        return new MessageHandler() {
            @Override
            public MessageType type() {
                return type;
            }

            @Override
            public PayloadSchema schema() {
                return schema;
            }

            @Override
            public Optional<String> refusal(String partnerCode, Threading threading, byte[] payload) {
                return refusal.apply(partnerCode, threading);
            }

            @Override
            public void handle(ReceivedMessage message) {
                handle.accept(message);
            }
        };
    }
}
