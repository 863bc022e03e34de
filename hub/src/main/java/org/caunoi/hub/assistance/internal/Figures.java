package org.caunoi.hub.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's figures on mutual assistance, as the department publishes them: requests received from
 * partners (received, answered fully or in part, overdue now) and requests this hub sent (sent, answered
 * by the partner, overdue at the partner); in all, per partner, per kind and per subject; and how many
 * days this hub's answers took. Counted by the database, with the conditions the lists filter by, so
 * each number leads to the requests behind it.
 */
@Service
public class Figures {

    /** The answer-time histogram's bars, in days from receipt to answer; the last one open. */
    static final List<int[]> BUCKETS = List.of(new int[] {0, 7}, new int[] {8, 14}, new int[] {15, 30},
            new int[] {31, 60}, new int[] {61, 90}, new int[] {91, Integer.MAX_VALUE});

    private final RequestStore store;
    private final Clock clock;

    Figures(RequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The counts of a group: received from partners, answered and overdue of those; sent to partners (drafts
     * not counted), answered by the partner and overdue at the partner of those; {@code demo} says how many of
     * all counted are generated demo data.
     */
    public record Counts(long received, long answered, long overdue, long sent, long sentAnswered, long sentOverdue,
            long demo) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(received + other.received, answered + other.answered, overdue + other.overdue,
                    sent + other.sent, sentAnswered + other.sentAnswered, sentOverdue + other.sentOverdue,
                    demo + other.demo);
        }
    }

    /** One bar of the answer-time histogram: answers sent {@code from} to {@code to} days (null: or more) after receipt. */
    public record Bar(int from, @Nullable Integer to, long answered) {
    }

    /**
     * How long answers took: the histogram, and the median and 90th percentile in days (nearest rank;
     * null when nothing was answered).
     */
    public record AnswerTime(List<Bar> histogram, @Nullable Integer medianDays, @Nullable Integer p90Days) {
    }

    /** The year's figures; the answer time is that of the answers this hub gave. */
    public record OfYear(int year, long received, long answered, long overdue, long sent, long sentAnswered,
            long sentOverdue, long demo, Map<String, Counts> perPartner, Map<String, Counts> perKind,
            Map<String, Counts> perSubject, AnswerTime answerTime) {

        /** The year's counts in all. */
        public Counts inAll() {
            return new Counts(received, answered, overdue, sent, sentAnswered, sentOverdue, demo);
        }
    }

    /** The year's figures over the requests the officer may see, the same ones the lists behind the numbers show. */
    @Transactional(readOnly = true)
    public OfYear of(int year, CurrentOfficer officer) {
        @Nullable ListScope scope = RequestAccess.listScope(officer);
        List<RequestStore.FigureGroup> groups = store.figureGroups(year, LocalDate.now(clock), scope);
        Counts all = groups.stream().map(Figures::counts).reduce(Counts.NONE, Counts::plus);
        return new OfYear(year, all.received(), all.answered(), all.overdue(), all.sent(), all.sentAnswered(),
                all.sentOverdue(), all.demo(),
                per(groups, RequestStore.FigureGroup::partner), per(groups, g -> Codes.of(g.kind())),
                per(groups, g -> Codes.of(g.subject())), answerTime(store.answerDays(year, scope)));
    }

    /** The years the officer has figures for (requests received or sent, visible to them), newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(CurrentOfficer officer) {
        return store.yearsCounted(RequestAccess.listScope(officer));
    }

    private static Map<String, Counts> per(List<RequestStore.FigureGroup> groups,
            Function<RequestStore.FigureGroup, String> key) {
        Map<String, Counts> counts = new TreeMap<>();
        groups.forEach(group -> counts.merge(key.apply(group), counts(group), Counts::plus));
        return counts;
    }

    private static Counts counts(RequestStore.FigureGroup group) {
        return group.direction() == Direction.IN
                ? new Counts(group.requests(), group.answered(), group.overdue(), 0, 0, 0, group.demo())
                : new Counts(0, 0, 0, group.requests(), group.answered(), group.overdue(), group.demo());
    }

    static AnswerTime answerTime(SortedMap<Integer, Long> requestsByDays) {
        List<Bar> bars = new ArrayList<>();
        for (int[] bucket : BUCKETS) {
            long answered = requestsByDays.entrySet().stream()
                    .filter(e -> e.getKey() >= bucket[0] && e.getKey() <= bucket[1]).mapToLong(Map.Entry::getValue).sum();
            bars.add(new Bar(bucket[0], bucket[1] == Integer.MAX_VALUE ? null : bucket[1], answered));
        }
        return new AnswerTime(bars, rank(requestsByDays, 0.5), rank(requestsByDays, 0.9));
    }

    /** The nearest-rank percentile: the smallest number of days at least {@code share} of the answers took no longer than. */
    private static @Nullable Integer rank(SortedMap<Integer, Long> requestsByDays, double share) {
        long total = requestsByDays.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long wanted = (long) Math.ceil(share * total);
        long seen = 0;
        for (var entry : requestsByDays.entrySet()) {
            seen += entry.getValue();
            if (seen >= wanted) {
                return entry.getKey();
            }
        }
        return requestsByDays.lastKey();
    }
}
