package org.caunoi.hub.exchange.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.caunoi.hub.exchange.internal.InboundMessage;
import org.caunoi.hub.exchange.internal.InboundMessages;
import org.caunoi.hub.exchange.internal.OutboundMessage;
import org.caunoi.hub.exchange.internal.OutboundMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Messages in and out in one list, newest first, for the API and the screens alike. */
@Component
class MessageList {

    static final int LIMIT = 500;

    private final OutboundMessages outbound;
    private final InboundMessages inbound;

    MessageList(OutboundMessages outbound, InboundMessages inbound) {
        this.outbound = outbound;
        this.inbound = inbound;
    }

    /** One message in a list, either direction; {@code doneAt} is the receipt (out) or the processing (in). */
    record Row(String direction, String messageId, String partner, String type, String state, int attempts,
            @Nullable String lastError, Instant at, @Nullable Instant doneAt) {
    }

    /**
     * The newest messages matching the filters; a filter left empty matches everything, and a state
     * only one direction has selects that direction.
     */
    List<Row> find(@Nullable String direction, @Nullable String partner, @Nullable String state, @Nullable String type) {
        String wanted = blankToNull(direction);
        String partnerCode = blankToNull(partner) == null ? null : partner.strip().toUpperCase(Locale.ROOT);
        String typeName = blankToNull(type);
        List<Row> rows = new ArrayList<>();
        OutboundMessage.State outState = parse(OutboundMessage.State.class, state);
        InboundMessage.State inState = parse(InboundMessage.State.class, state);
        boolean stateGiven = blankToNull(state) != null;
        if ((wanted == null || "out".equalsIgnoreCase(wanted)) && (!stateGiven || outState != null)) {
            outbound.list(partnerCode, outState, typeName, LIMIT).forEach(message -> rows.add(new Row("out",
                    message.messageId(), message.partnerCode(), message.type().toString(), message.state().name(),
                    message.attempts(), message.lastError(), message.createdAt(), message.receiptAt())));
        }
        if ((wanted == null || "in".equalsIgnoreCase(wanted)) && (!stateGiven || inState != null)) {
            inbound.list(partnerCode, inState, typeName, LIMIT).forEach(message -> rows.add(new Row("in",
                    message.messageId(), message.partnerCode(), message.type().toString(), message.state().name(),
                    message.attempts(), message.lastError(), message.receivedAt(), message.processedAt())));
        }
        rows.sort(Comparator.comparing(Row::at).reversed());
        return rows.size() > LIMIT ? rows.subList(0, LIMIT) : rows;
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
