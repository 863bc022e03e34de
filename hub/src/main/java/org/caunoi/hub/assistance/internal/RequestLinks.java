package org.caunoi.hub.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.caunoi.hub.exchange.CarriedRecords;
import org.caunoi.hub.partners.ExchangedRecords;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads from the exchange and partner screens to the requests: the request a message carried (the
 * request itself, its answer or a reminder of it), and the requests sent to and received from a partner.
 * Both follow the lists' need to know: an officer sees the requests of their unit, a supervisor or admin
 * all of them.
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

    /** A request's message, its answer's, or a reminder of it (which names the request's message as the one it refers to). */
    @Override
    @Transactional(readOnly = true)
    public Optional<CarriedRecord> carriedBy(CarriedMessage message, CurrentOfficer officer) {
        Optional<AssistanceRequest> request;
        String kindKey;
        String remindedOf = message.inReplyTo();
        if (message.type().equals(Payloads.REQUEST.toString())) {
            request = store.findCarriedBy(message.partnerCode(), message.messageId(), false);
            kindKey = "assistance.record.request";
        }
        else if (message.type().equals(Payloads.ANSWER.toString())) {
            request = store.findCarriedBy(message.partnerCode(), message.messageId(), true);
            kindKey = "assistance.record.answer";
        }
        else if (message.type().equals(Payloads.REMINDER.toString()) && remindedOf != null) {
            request = store.findCarriedBy(message.partnerCode(), remindedOf, false);
            kindKey = "assistance.record.reminder";
        }
        else {
            return Optional.empty();
        }
        return request.filter(found -> AssistanceRequests.visibleTo(found, officer))
                .map(found -> new CarriedRecord(kindKey, found.reference(), PAGE + found.id()));
    }

    /** Counted as the lists behind the links count, so each number is the length of the list it opens. */
    @Override
    @Transactional(readOnly = true)
    public List<Kind> with(String partnerCode, CurrentOfficer officer) {
        var unit = AssistanceRequests.unitSeenBy(officer);
        LocalDate today = LocalDate.now(clock);
        long sent = store.count(new RequestFilter(Direction.OUT, partnerCode, null, null, null,
                RequestFilter.Measure.SENT, null, null), unit, today);
        long received = store.count(RequestFilter.of(Direction.IN, partnerCode), unit, today);
        return List.of(
                new Kind("assistance.record.sent-to-partner", sent,
                        sent == 0 ? null : LIST + "out&partner=" + partnerCode + "&measure=sent"),
                new Kind("assistance.record.received-from-partner", received,
                        received == 0 ? null : LIST + "in&partner=" + partnerCode));
    }
}
