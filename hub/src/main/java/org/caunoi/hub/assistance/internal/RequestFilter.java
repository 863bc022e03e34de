package org.caunoi.hub.assistance.internal;

import org.jspecify.annotations.Nullable;

/**
 * Which requests a list shows; every part may be absent. The figures link each number to the list
 * with the filter that counts it: the year a request was created (received, for inbound ones), and
 * {@code measure} and the answer days in the same sense as {@link Figures}: with {@code direction=out}, a figure
 * of requests sent links to {@code measure=sent}, its answered and overdue ones to the same measures as received ones.
 */
public record RequestFilter(@Nullable Direction direction, @Nullable String partner, @Nullable RequestKind kind,
        @Nullable Subject subject, @Nullable Integer year, @Nullable Measure measure, @Nullable Integer answerDaysFrom,
        @Nullable Integer answerDaysTo) {

    /** What a figure counts. */
    public enum Measure {
        /** Every request of the year. */
        RECEIVED,
        /** Sent: every request of the year but a draft that has not left. */
        SENT,
        /** Answered in full or in part, and sent (or received) as such. */
        ANSWERED,
        /** Still owed an answer, past its deadline today. */
        OVERDUE
    }

    public static RequestFilter of(@Nullable Direction direction, @Nullable String partner) {
        return new RequestFilter(direction, partner, null, null, null, null, null, null);
    }
}
