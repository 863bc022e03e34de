package org.caunoi.hub.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.caunoi.hub.exchange.CarriedRecords;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.partners.ExchangedRecords;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads from the exchange and partner screens to the requests: the request a message carried (the
 * request itself, its answer or a reminder of it), and the requests sent to and received from a partner.
 * Both lead only to what the officer's lists hold ({@link RequestAccess#listed}): their unit's requests and their
 * own drafts, every request for a supervisor or admin.
 */
@Component
class RequestLinks implements CarriedRecords, ExchangedRecords {

    private static final String PAGE = "/assistance/requests/";
    private static final String LIST = "/assistance/requests?direction=";

    private final RequestStore store;
    private final Clock clock;

    RequestLinks(RequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * A request's message, its answer's, or a reminder of it (which names the request's message as the one it refers
     * to), each found with the others of its kind on the page in one query.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<CarriedMessage, CarriedRecord> carriedBy(List<CarriedMessage> messages, CurrentOfficer officer) {
        Map<CarriedMessage, CarriedRecord> found = new HashMap<>();
        found(found, messages, Payloads.REQUEST, CarriedMessage::messageId, false, "assistance.record.request", officer);
        found(found, messages, Payloads.ANSWER, CarriedMessage::messageId, true, "assistance.record.answer", officer);
        found(found, messages, Payloads.REMINDER, CarriedMessage::inReplyTo, false, "assistance.record.reminder", officer);
        return found;
    }

    /**
     * Adds to {@code found} the requests the messages of this type carry, by the message each names ({@code named}),
     * where the officer may see them; several reminders may name one request.
     */
    private void found(Map<CarriedMessage, CarriedRecord> found, List<CarriedMessage> messages, MessageType type,
            Function<CarriedMessage, @Nullable String> named, boolean answer, String kindKey, CurrentOfficer officer) {
        Map<Sent, List<CarriedMessage>> asked = new HashMap<>();
        for (CarriedMessage message : messages) {
            String messageId = named.apply(message);
            if (message.type().equals(type.toString()) && messageId != null) {
                asked.computeIfAbsent(new Sent(message.partnerCode(), messageId), key -> new ArrayList<>()).add(message);
            }
        }
        if (asked.isEmpty()) {
            return;
        }
        List<Sent> keys = List.copyOf(asked.keySet());
        for (RequestStore.Carried carried : store.findCarriedBy(keys.stream().map(Sent::partner).toList(),
                keys.stream().map(Sent::messageId).toList(), answer)) {
            AssistanceRequest request = carried.request();
            if (RequestAccess.listed(request, officer)) {
                CarriedRecord record = new CarriedRecord(kindKey, request.reference(), PAGE + request.id());
                asked.getOrDefault(new Sent(request.partner(), carried.messageId()), List.of())
                        .forEach(message -> found.putIfAbsent(message, record));
            }
        }
    }

    /** A message as a request names it: the partner it went to or came from, and its id. */
    private record Sent(String partner, String messageId) {
    }

    /** Counted as the lists behind the links count, so each number is the length of the list it opens. */
    @Override
    @Transactional(readOnly = true)
    public List<Kind> with(String partnerCode, CurrentOfficer officer) {
        var scope = RequestAccess.listScope(officer);
        LocalDate today = LocalDate.now(clock);
        long sent = store.count(new RequestFilter(Direction.OUT, partnerCode, null, null, null,
                RequestFilter.Measure.SENT, null, null), scope, today);
        long received = store.count(RequestFilter.of(Direction.IN, partnerCode), scope, today);
        return List.of(
                new Kind("assistance.record.sent-to-partner", sent,
                        sent == 0 ? null : LIST + "out&partner=" + partnerCode + "&measure=sent"),
                new Kind("assistance.record.received-from-partner", received,
                        received == 0 ? null : LIST + "in&partner=" + partnerCode));
    }
}
