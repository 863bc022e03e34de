package org.caunoi.hub.enforcement.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures an operation page draws, all counted in PostgreSQL from the tagged cases that are not
 * withdrawn: the totals, the cases per route country, a timeline of cases per day (per week for an
 * operation longer than two months) against its phases, and the routes as a flow from departure
 * through each transit to destination.
 */
@Service
public class OperationFigures {

    /** Longer than this, the timeline counts per week: a bar a day would be too thin to read. */
    static final int MAX_DAYS_PER_DAY = 62;

    private final JdbcClient jdbc;
    private final Operations operations;

    OperationFigures(JdbcClient jdbc, Operations operations) {
        this.jdbc = jdbc;
        this.operations = operations;
    }

    public record Figures(Operations.Totals totals, Map<String, RouteCountry> byRouteCountry, Timeline timeline,
            Flows flows) {
    }

    /** How many cases name a country on their route, in each role; {@code cases} counts each case once. */
    public record RouteCountry(long cases, long departure, long transit, long destination) {
    }

    /** Cases per bucket ({@code day} or {@code week}, the bucket named by its first day), and the phases to mark. */
    public record Timeline(String bucket, List<LocalDate> starts, List<Long> cases, List<Operations.Phase> phases) {
    }

    /**
     * The routes as a Sankey diagram's nodes and links. A node is a stage and a country
     * ({@code departure:LA}, {@code transit-1:HK}, {@code destination:VN}); the stages only go forward,
     * so the graph has no cycle even when one case goes HK then CN and another CN then HK.
     */
    public record Flows(List<Node> nodes, List<Link> links) {
    }

    public record Node(String name, String stage, String country) {
    }

    public record Link(String source, String target, long value) {
    }

    @Transactional(readOnly = true)
    public Figures of(long operationId) {
        Operations.Operation operation = operations.find(operationId)
                .orElseThrow(() -> new CaseNotFoundException("operation", operationId));
        List<Route> routes = routes(operationId);
        return new Figures(operations.totals(operationId), byRouteCountry(routes), timeline(operation),
                flows(routes));
    }

    /** One distinct route and how many cases took it. */
    private record Route(@Nullable String departure, List<String> transit, @Nullable String destination, long cases) {
    }

    private List<Route> routes(long operationId) {
        return jdbc.sql("""
                SELECT c.content->'route'->>'departure' AS departure,
                       coalesce(ARRAY(SELECT jsonb_array_elements_text(c.content->'route'->'transit')), '{}') AS transit,
                       c.content->'route'->>'destination' AS destination, count(*) AS n
                FROM enforcement.operation_case oc JOIN enforcement.case_record c ON c.id = oc.case_id
                WHERE oc.operation_id = ? AND c.state = 'active'
                GROUP BY 1, 2, 3""")
                .param(operationId)
                .query((rs, n) -> new Route(rs.getString("departure"),
                        Arrays.asList((String[]) rs.getArray("transit").getArray()), rs.getString("destination"),
                        rs.getLong("n")))
                .list();
    }

    private static Map<String, RouteCountry> byRouteCountry(List<Route> routes) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Route route : routes) {
            java.util.Set<String> named = new java.util.HashSet<>();
            if (route.departure() != null) {
                counts.computeIfAbsent(route.departure(), country -> new long[4])[1] += route.cases();
                named.add(route.departure());
            }
            for (String transit : new java.util.LinkedHashSet<>(route.transit())) {
                counts.computeIfAbsent(transit, country -> new long[4])[2] += route.cases();
                named.add(transit);
            }
            if (route.destination() != null) {
                counts.computeIfAbsent(route.destination(), country -> new long[4])[3] += route.cases();
                named.add(route.destination());
            }
            named.forEach(country -> counts.computeIfAbsent(country, none -> new long[4])[0] += route.cases());
        }
        Map<String, RouteCountry> figures = new LinkedHashMap<>();
        counts.forEach((country, n) -> figures.put(country, new RouteCountry(n[0], n[1], n[2], n[3])));
        return figures;
    }

    private static Flows flows(List<Route> routes) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Long> links = new LinkedHashMap<>();
        for (Route route : routes) {
            List<Node> path = new ArrayList<>();
            if (route.departure() != null) {
                path.add(new Node("departure:" + route.departure(), "departure", route.departure()));
            }
            for (int i = 0; i < route.transit().size(); i++) {
                String stage = "transit-" + (i + 1);
                path.add(new Node(stage + ":" + route.transit().get(i), stage, route.transit().get(i)));
            }
            if (route.destination() != null) {
                path.add(new Node("destination:" + route.destination(), "destination", route.destination()));
            }
            for (int i = 0; i + 1 < path.size(); i++) {
                nodes.putIfAbsent(path.get(i).name(), path.get(i));
                nodes.putIfAbsent(path.get(i + 1).name(), path.get(i + 1));
                links.merge(path.get(i).name() + "\u0000" + path.get(i + 1).name(), route.cases(), Long::sum);
            }
        }
        return new Flows(List.copyOf(nodes.values()), links.entrySet().stream().map(link -> {
            String[] ends = link.getKey().split("\u0000");
            return new Link(ends[0], ends[1], link.getValue());
        }).toList());
    }

    private Timeline timeline(Operations.Operation operation) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        jdbc.sql("""
                SELECT c.case_date, count(*) AS n
                FROM enforcement.operation_case oc JOIN enforcement.case_record c ON c.id = oc.case_id
                WHERE oc.operation_id = ? AND c.state = 'active' GROUP BY c.case_date""")
                .param(operation.id())
                .query(rs -> {
                    perDay.put(rs.getObject("case_date", LocalDate.class), rs.getLong("n"));
                });
        LocalDate first = earliest(operation.phases(), perDay);
        LocalDate last = latest(operation.phases(), perDay);
        if (first == null || last == null) {
            return new Timeline("day", List.of(), List.of(), operation.phases());
        }
        boolean weekly = ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS_PER_DAY;
        LocalDate start = weekly ? weekStart(first) : first;
        Map<LocalDate, Long> buckets = new LinkedHashMap<>();
        for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(weekly ? 7 : 1)) {
            buckets.put(day, 0L);
        }
        perDay.forEach((day, n) -> buckets.merge(weekly ? weekStart(day) : day, n, Long::sum));
        return new Timeline(weekly ? "week" : "day", List.copyOf(buckets.keySet()), List.copyOf(buckets.values()),
                operation.phases());
    }

    private static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static @Nullable LocalDate earliest(List<Operations.Phase> phases, Map<LocalDate, Long> perDay) {
        LocalDate earliest = perDay.isEmpty() ? null : perDay.keySet().iterator().next();
        for (Operations.Phase phase : phases) {
            if (phase.from() != null && (earliest == null || phase.from().isBefore(earliest))) {
                earliest = phase.from();
            }
        }
        return earliest;
    }

    private static @Nullable LocalDate latest(List<Operations.Phase> phases, Map<LocalDate, Long> perDay) {
        LocalDate latest = perDay.isEmpty() ? null : ((TreeMap<LocalDate, Long>) perDay).lastKey();
        for (Operations.Phase phase : phases) {
            if (phase.to() != null && (latest == null || phase.to().isAfter(latest))) {
                latest = phase.to();
            }
        }
        return latest;
    }
}
