package org.caunoi.hub.exchange.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.caunoi.hub.exchange.internal.inbox.InboundMessage;
import org.caunoi.hub.exchange.internal.MessageSummaries;
import org.caunoi.hub.exchange.internal.MessageSummaries.MessageSummary;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessage;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.caunoi.hub.platform.web.ListPage;
import org.caunoi.hub.platform.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Messages in and out in one list, newest first, for the API and the screens alike. */
@Component
class MessageList {

    private final MessageSummaries summaries;

    MessageList(MessageSummaries summaries) {
        this.summaries = summaries;
    }

    /**
     * A page of the newest messages matching the filters and how many the whole list holds; a filter left
     * empty matches everything, and a state only one direction has selects that direction. A state no
     * direction has matches nothing.
     */
    ListPage<MessageSummary> page(@Nullable String direction, @Nullable String partner, @Nullable String state,
            @Nullable String type, Paging paging) {
        Query query = query(direction, partner, state, type);
        return paging.of(rows(query, paging.page(), paging.size()), count(query));
    }

    /** Undelivered messages, newest first, a page at a time. */
    ListPage<MessageSummary> deadLetters(Paging paging) {
        Query query = new Query(true, false, null, OutboundMessage.State.DEAD_LETTER.name(), null);
        return paging.of(rows(query, paging.page(), paging.size()), count(query));
    }

    /** The filters as the store takes them; neither direction when a state no direction has was asked for. */
    private record Query(boolean out, boolean in, @Nullable String partnerCode, @Nullable String stateName,
            @Nullable String type) {
    }

    private List<MessageSummary> rows(Query query, int page, int size) {
        return !query.out() && !query.in() ? List.of() : summaries.newest(query.out(), query.in(), query.partnerCode(),
                query.stateName(), query.type(), size, Math.multiplyExact(page, size));
    }

    private long count(Query query) {
        return !query.out() && !query.in() ? 0
                : summaries.count(query.out(), query.in(), query.partnerCode(), query.stateName(), query.type());
    }

    private Query query(@Nullable String direction, @Nullable String partner, @Nullable String state,
            @Nullable String type) {
        String wanted = blankToNull(direction);
        String givenPartner = blankToNull(partner);
        String partnerCode = givenPartner == null ? null : givenPartner.strip().toUpperCase(Locale.ROOT);
        String givenState = blankToNull(state);
        String stateName = givenState == null ? null : MessageJson.constant(givenState);
        boolean stateGiven = stateName != null;
        boolean out = (wanted == null || "out".equalsIgnoreCase(wanted))
                && (!stateGiven || parse(OutboundMessage.State.class, stateName) != null);
        boolean in = (wanted == null || "in".equalsIgnoreCase(wanted))
                && (!stateGiven || parse(InboundMessage.State.class, stateName) != null);
        return new Query(out, in, partnerCode, stateName, blankToNull(type));
    }

    /** Refuses a direction or state no message has, naming the field and the valid values (the API's filters). */
    static void checkFilters(@Nullable String direction, @Nullable String state) {
        String givenDirection = blankToNull(direction);
        if (givenDirection != null && !"out".equalsIgnoreCase(givenDirection.strip())
                && !"in".equalsIgnoreCase(givenDirection.strip())) {
            throw new UnknownValueException("direction", givenDirection, List.of("out", "in"));
        }
        String givenState = blankToNull(state);
        if (givenState != null && parse(OutboundMessage.State.class, givenState) == null
                && parse(InboundMessage.State.class, givenState) == null) {
            throw new UnknownValueException("state", givenState, Stream.concat(Arrays.stream(OutboundMessage.State.values()),
                    Arrays.stream(InboundMessage.State.values())).map(value -> MessageJson.kebab(value.name())).distinct().toList());
        }
    }

    /** One message of one direction ({@code out} or {@code in}), for its page. */
    Optional<MessageSummary> of(String direction, String messageId) {
        return summaries.of(direction, messageId);
    }


    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        String given = blankToNull(value);
        if (given == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(MessageJson.constant(given))) {
                return constant;
            }
        }
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
