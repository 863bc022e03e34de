package org.caunoi.hub.assistance.internal;

import java.util.List;
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
        return handler(Payloads.REQUEST, Payloads.REQUEST_SCHEMA, List.of(), inbox::request, inbox::whyNotARequest);
    }

    @Bean
    MessageHandler assistanceAnswerHandler(PartnerMessages inbox) {
        return handler(Payloads.ANSWER, Payloads.ANSWER_SCHEMA, List.of(), inbox::answer, inbox::whyNotAnAnswer);
    }

    @Bean
    MessageHandler assistanceReminderHandler(PartnerMessages inbox) {
        return handler(Payloads.REMINDER, Payloads.REMINDER_SCHEMA, List.of(Payloads.REMINDER_SCHEMA_1), inbox::reminder,
                (partner, threading, payload) -> inbox.whyNotAReminder(partner, threading));
    }

    /** Why a message of a type is refused before it is stored, if it is. */
    @FunctionalInterface
    interface Refusal {
        Optional<String> why(String partnerCode, Threading threading, byte[] payload);
    }

    private static MessageHandler handler(MessageType type, PayloadSchema schema, List<PayloadSchema> earlierSchemas,
            java.util.function.Consumer<ReceivedMessage> handle,
            Refusal refusal) {
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
            public List<PayloadSchema> earlierSchemas() {
                return earlierSchemas;
            }

            @Override
            public Optional<String> refusal(String partnerCode, Threading threading, byte[] payload) {
                return refusal.why(partnerCode, threading, payload);
            }

            @Override
            public void handle(ReceivedMessage message) {
                handle.accept(message);
            }
        };
    }
}
