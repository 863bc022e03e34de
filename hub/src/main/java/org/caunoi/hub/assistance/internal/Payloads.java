package org.caunoi.hub.assistance.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadSchema;
import org.jspecify.annotations.Nullable;

/** What travels between hubs for this module: the message types, their JSON payloads and schemas. */
final class Payloads {

    static final MessageType REQUEST = new MessageType("assistance", "Request");
    static final MessageType ANSWER = new MessageType("assistance", "Answer");
    static final MessageType REMINDER = new MessageType("assistance", "Reminder");

    static final PayloadSchema REQUEST_SCHEMA = PayloadSchema.json("assistance/schemas/request-1.schema.json");
    static final PayloadSchema ANSWER_SCHEMA = PayloadSchema.json("assistance/schemas/answer-1.schema.json");
    /** Version 2 adds the courtesy reminder's {@code kind}; a version 1 reminder (always past the deadline) follows it too. */
    static final PayloadSchema REMINDER_SCHEMA = PayloadSchema.json("assistance/schemas/reminder-2.schema.json");
    static final PayloadSchema REMINDER_SCHEMA_1 = PayloadSchema.json("assistance/schemas/reminder-1.schema.json");
    /** The first reminder version that can say it is a courtesy: a hub taking only version 1 refuses {@code kind}. */
    static final int COURTESY_REMINDER_VERSION = 2;

    private Payloads() {
    }

    /** A request, codes in kebab case; {@code deadline} as ISO date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String reference, String kind, String subject, String purpose, String questions, String caveats,
            String concerns, @Nullable String deadline, @Nullable List<File> attachments) {
    }

    /**
     * A document that travels inside the request or answer it belongs to: the exchange carries one
     * payload per message, so its bytes go base64 in the JSON, with the SHA-256 the receiver checks
     * before storing it (and the receiver tells its type by the bytes again, as for any upload).
     */
    record File(String name, String contentType, String sha256, String content) {
    }

    /** An answer; {@code requestReference} is the requesting administration's reference. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(String reference, String requestReference, String outcome, String text, @Nullable String reason,
            @Nullable List<File> attachments) {
    }

    /**
     * A reminder of a request, sent referring to its message; {@code kind} {@value #COURTESY} for one sent
     * as a courtesy before the deadline, absent for one past it (as every hub sent before courtesy reminders).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reminder(String requestReference, @Nullable String deadline, @Nullable String kind) {

        static final String COURTESY = "courtesy";

        boolean courtesy() {
            return COURTESY.equals(kind);
        }
    }
}
