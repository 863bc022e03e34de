package org.caunoi.hub.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.caunoi.hub.exchange.FollowedMessageTypes;
import org.caunoi.hub.exchange.MessageDelivered;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.LegalBasis;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.events.ModuleListener;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.notifications.NotificationRequested;
import org.caunoi.hub.platform.security.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What partners' hubs send this module, and the receipts for what it sent: a received request is
 * stored for the unit that receives partners' requests (International Cooperation on Vietnam's hub), which
 * assigns them on; an answer sets the outcome of the request it
 * replies to, a reminder is noted and told to whoever works on the request. A message naming a
 * request this hub does not know is recorded as refused, not retried.
 */
@Service
class PartnerMessages implements FollowedMessageTypes {

    private final RequestStore store;
    private final Steps steps;
    private final LegalBasis legalBasis;
    private final JsonMapper json;
    private final HubProperties hub;
    private final DeadlineWatch watch;
    private final ApplicationEventPublisher events;
    private final RequestAttachments attachments;
    private final RequestNotices notices;
    private final Units units;
    private final Clock clock;

    PartnerMessages(RequestStore store, Steps steps, LegalBasis legalBasis, JsonMapper json, HubProperties hub,
            DeadlineWatch watch, ApplicationEventPublisher events, RequestAttachments attachments, RequestNotices notices,
            Units units, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.notices = notices;
        this.attachments = attachments;
        this.store = store;
        this.steps = steps;
        this.legalBasis = legalBasis;
        this.json = json;
        this.hub = hub;
        this.watch = watch;
        this.events = events;
    }

    @Transactional
    void request(ReceivedMessage message) {
        if (store.findByMessage(Direction.IN, message.partnerCode(), message.messageId()).isPresent()) {
            return;
        }
        Payloads.Request payload = json.readValue(message.payload(), Payloads.Request.class);
        // The officers' day it came on: its legal basis, its deadline and its reference's year.
        LocalDate receivedOn = LocalDate.ofInstant(message.receivedAt(), clock.getZone());
        Purpose purpose = message.purpose() != null ? message.purpose() : Purpose.parse(payload.purpose());
        var basis = legalBasis.check(message.partnerCode(), DataCategory.ASSISTANCE_REQUEST, purpose, receivedOn);
        RequestKind kind = Codes.parse(RequestKind.class, "kind", payload.kind());
        // Information given spontaneously expects no answer: no deadline, whatever the sender wrote.
        LocalDate deadline = !kind.expectsAnswer() ? null : payload.deadline() != null ? LocalDate.parse(payload.deadline())
                : basis.answerDeadlineDays() == null ? null : receivedOn.plusDays(basis.answerDeadlineDays());
        var received = new AssistanceRequest(0, store.nextReference(hub.node(), receivedOn.getYear()), payload.reference(),
                Direction.IN, message.partnerCode(), kind,
                Codes.parse(Subject.class, "subject", payload.subject()), purpose,
                basis.agreements().stream().map(a -> a.id()).toList(), payload.questions(),
                payload.caveats() == null ? "" : payload.caveats(), payload.concerns() == null ? "" : payload.concerns(),
                deadline, null, units.receivingRequests(), null, RequestState.RECEIVED, message.messageId(), null, null, null, null,
                message.receivedAt(), partnerActor(message), false);
        long id = store.insert(received);
        AssistanceRequest stored = store.find(id).orElseThrow();
        String details = deadline == null
                ? Sentences.of("assistance.history-details.received-without-deadline", payload.reference(),
                        message.messageId())
                : Sentences.of("assistance.history-details.received", payload.reference(), message.messageId(), deadline);
        steps.record(stored, partnerActor(message), "received", details);
        attachments.received(stored, RequestAttachments.Part.REQUEST, payload.attachments(), partnerActor(message));
    }

    @Transactional
    void answer(ReceivedMessage message) {
        AssistanceRequest request = repliedTo(message, Direction.OUT, "answers no request of this hub");
        if (request == null || store.answeredBy(request.id(), message.messageId())) {
            // Taken already: handled twice, the answer would be recorded and told twice.
            return;
        }
        Payloads.Answer payload = json.readValue(message.payload(), Payloads.Answer.class);
        Outcome outcome = Codes.parse(Outcome.class, "outcome", payload.outcome());
        store.setAnswer(request.id(), outcome, payload.text(), payload.reason(), outcome.state());
        store.setAnswered(request.id(), outcome.state(), message.messageId(), message.receivedAt());
        String reason = payload.reason();
        String details = reason == null
                ? Sentences.of("assistance.history-details.answer-received", AssistanceRequests.name(outcome),
                        payload.reference())
                : Sentences.of("assistance.history-details.answer-received-with-reason", AssistanceRequests.name(outcome),
                        payload.reference(), reason);
        steps.record(request, partnerActor(message), "answer-received", details);
        attachments.received(request, RequestAttachments.Part.ANSWER, payload.attachments(), partnerActor(message));
        notices.answerReceived(request, outcome);
    }

    @Transactional
    void reminder(ReceivedMessage message) {
        AssistanceRequest request = repliedTo(message, Direction.IN, "reminds of no request this hub received");
        if (request == null) {
            return;
        }
        Payloads.Reminder reminder = json.readValue(message.payload(), Payloads.Reminder.class);
        if (reminder.courtesy()) {
            courtesyReminder(message, request, reminder);
            return;
        }
        steps.record(request, partnerActor(message), "reminder-received",
                Sentences.of("assistance.history-details.message", message.messageId()));
        List<String> args = List.of(request.reference(), watch.partnerInSentence(request.partner()));
        watch.toldOfRequest(request).forEach(officer -> events.publishEvent(new NotificationRequested(officer,
                "assistance.notice.reminder-received", args, "/assistance/requests/" + request.id())));
    }

    /** A reminder the partner sent as a courtesy before the deadline: noted, and told with the deadline it names. */
    private void courtesyReminder(ReceivedMessage message, AssistanceRequest request, Payloads.Reminder reminder) {
        String deadline = reminder.deadline() != null ? reminder.deadline() : String.valueOf(request.deadline());
        steps.record(request, partnerActor(message), "courtesy-reminder-received",
                Sentences.of("assistance.history-details.courtesy-reminder", message.messageId(), deadline));
        List<String> args = List.of(request.reference(), watch.partnerInSentence(request.partner()), deadline);
        watch.toldOfRequest(request).forEach(officer -> events.publishEvent(new NotificationRequested(officer,
                "assistance.notice.courtesy-reminder-received", args, "/assistance/requests/" + request.id())));
    }

    /** Only a request's receipt changes anything here, so the exchange tells no other outcome. */
    @Override
    public Set<MessageType> followed() {
        return Set.of(Payloads.REQUEST);
    }

    /** The partner's receipt for a request: it is acknowledged, once (the request is locked, then checked still sent). */
    @ModuleListener
    void on(MessageDelivered delivered) {
        if (!delivered.type().equals(Payloads.REQUEST)) {
            return;
        }
        store.findByMessage(Direction.OUT, delivered.partnerCode(), delivered.messageId())
                .filter(request -> request.state() == RequestState.SENT)
                .ifPresent(request -> {
                    store.setState(request.id(), RequestState.ACKNOWLEDGED);
                    steps.record(request, "partner:" + delivered.partnerCode(), "acknowledged",
                            Sentences.of("assistance.history-details.receipt", delivered.receiptAt()));
                });
    }

    /**
     * Why an answer is refused before it is stored: it refers to no request this hub sent to the
     * partner. (The handler checks again, in case the request went in between.)
     */
    Optional<String> whyNotAnAnswer(String partner, Threading threading, byte[] payload) {
        return refersTo(Direction.OUT, partner, threading)
                ? attachments.problemWith(json.readValue(payload, Payloads.Answer.class).attachments())
                : Optional.of("answers no request of this hub");
    }

    /** Why a request is refused before it is stored: one of its documents is not one this hub takes. */
    Optional<String> whyNotARequest(String partner, Threading threading, byte[] payload) {
        return attachments.problemWith(json.readValue(payload, Payloads.Request.class).attachments());
    }

    /** Why a reminder is refused before it is stored: it refers to no request this hub received from the partner. */
    Optional<String> whyNotAReminder(String partner, Threading threading) {
        return refersTo(Direction.IN, partner, threading) ? Optional.empty()
                : Optional.of("reminds of no request this hub received");
    }

    private boolean refersTo(Direction direction, String partner, Threading threading) {
        return threading.inReplyTo() != null && store.knows(direction, partner, threading.inReplyTo());
    }

    /**
     * The request of this direction and partner whose message this one refers to ({@code inReplyTo}), locked; or
     * null, the message recorded as refused {@code why}.
     */
    private @Nullable AssistanceRequest repliedTo(ReceivedMessage message, Direction direction, String why) {
        String inReplyTo = message.threading().inReplyTo();
        var request = inReplyTo == null ? null
                : store.findByMessage(direction, message.partnerCode(), inReplyTo).orElse(null);
        if (request == null) {
            store.recordRefusedMessage(message.messageId(), message.partnerCode(), message.type().toString(), inReplyTo,
                    why, message.receivedAt());
        }
        return request;
    }

    private static String partnerActor(ReceivedMessage message) {
        return "partner:" + message.partnerCode();
    }
}
