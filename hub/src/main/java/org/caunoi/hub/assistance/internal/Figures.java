package org.caunoi.hub.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's figures on requests received from partners, as the department publishes them:
 * received, answered (fully or in part), overdue now; in all, per partner and per kind.
 */
@Service
public class Figures {

    private final RequestStore store;
    private final Clock clock;

    Figures(RequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Three counts. */
    public record Counts(long received, long answered, long overdue) {
    }

    public record OfYear(int year, long received, long answered, long overdue, Map<String, Counts> perPartner,
            Map<String, Counts> perKind) {
    }

    @Transactional(readOnly = true)
    public OfYear of(int year) {
        LocalDate today = LocalDate.now(clock);
        List<AssistanceRequest> received = store.ofYear(year).stream().filter(r -> r.direction() == Direction.IN).toList();
        Counts all = count(received, today);
        return new OfYear(year, all.received(), all.answered(), all.overdue(),
                per(received, AssistanceRequest::partner, today), per(received, r -> Codes.of(r.kind()), today));
    }

    private static Map<String, Counts> per(List<AssistanceRequest> requests, Function<AssistanceRequest, String> key,
            LocalDate today) {
        Map<String, List<AssistanceRequest>> groups = new TreeMap<>();
        requests.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new java.util.ArrayList<>()).add(r));
        Map<String, Counts> counts = new TreeMap<>();
        groups.forEach((group, members) -> counts.put(group, count(members, today)));
        return counts;
    }

    private static Counts count(List<AssistanceRequest> requests, LocalDate today) {
        long answered = requests.stream()
                .filter(r -> r.state() == RequestState.ANSWERED || r.state() == RequestState.PARTLY_ANSWERED).count();
        long overdue = requests.stream()
                .filter(r -> r.state().awaitsAnswer() && r.deadline() != null && r.deadline().isBefore(today)).count();
        return new Counts(requests.size(), answered, overdue);
    }
}
