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
 * request itself or its answer), and the requests sent to and received from a partner. Both follow the
 * lists' need to know: an officer sees the requests of their unit, a supervisor or admin all of them.
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

    @Override
    @Transactional(readOnly = true)
    public Optional<CarriedRecord> carriedBy(CarriedMessage message, CurrentOfficer officer) {
        boolean answer = message.type().equals(Payloads.ANSWER.toString());
        if (!answer && !message.type().equals(Payloads.REQUEST.toString())) {
            return Optional.empty();
        }
        return store.findCarriedBy(message.partnerCode(), message.messageId(), answer)
                .filter(request -> AssistanceRequests.visibleTo(request, officer))
                .map(request -> new CarriedRecord(answer ? "assistance.record.answer" : "assistance.record.request",
                        request.reference(), PAGE + request.id()));
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
