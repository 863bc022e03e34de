package org.caunoi.hub.assistance.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.security.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code assistance} schema: requests, their history, and the messages the module refused. */
@Repository
class RequestStore {

    private static final String COLUMNS = """
            id, reference, sender_reference, direction, partner, kind, subject, purpose, agreement_ids, questions,
            caveats, concerns, deadline, deadline_reason, assigned_unit, assigned_officer, state, request_message_id,
            answer_outcome, answer_text, answer_reason, answered_at, created_at, created_by, demo\s""";

    private final JdbcClient jdbc;
    /** The officers' time zone, the hub clock's: the figures' years are theirs, as "today" is. */
    private final ZoneId officersZone;

    RequestStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.officersZone = clock.getZone();
    }

    /** A reference of this hub: {@code VN-AR-2026-000042}, numbered across years so it never repeats. */
    String nextReference(String node, int year) {
        long number = jdbc.sql("SELECT nextval('assistance.reference_seq')").query(Long.class).single();
        return "%s-AR-%d-%06d".formatted(node, year, number);
    }

    long insert(AssistanceRequest r) {
        return jdbc.sql("""
                INSERT INTO assistance.request (reference, sender_reference, direction, partner, kind, subject, purpose,
                    agreement_ids, questions, caveats, concerns, deadline, deadline_reason, assigned_unit, assigned_officer,
                    state, request_message_id, answer_outcome, answer_text, answer_reason, answered_at, created_at,
                    created_by, demo)
                VALUES (:reference, :senderReference, :direction, :partner, :kind, :subject, :purpose, :agreementIds,
                    :questions, :caveats, :concerns, :deadline, :deadlineReason, :unit, :officer, :state, :messageId,
                    :outcome, :answerText, :answerReason, :answeredAt, :createdAt, :createdBy, :demo)
                RETURNING id""")
                .param("reference", r.reference())
                .param("senderReference", r.senderReference())
                .param("direction", r.direction().name())
                .param("partner", r.partner())
                .param("kind", r.kind().name())
                .param("subject", r.subject().name())
                .param("purpose", r.purpose().name())
                .param("agreementIds", r.agreementIds().toArray(Long[]::new))
                .param("questions", r.questions())
                .param("caveats", r.caveats())
                .param("concerns", r.concerns())
                .param("deadline", r.deadline() == null ? null : Date.valueOf(r.deadline()))
                .param("deadlineReason", r.deadlineReason())
                .param("unit", r.assignedUnit().code())
                .param("officer", r.assignedOfficer())
                .param("state", r.state().name())
                .param("messageId", r.requestMessageId())
                .param("outcome", r.answerOutcome() == null ? null : r.answerOutcome().name())
                .param("answerText", r.answerText())
                .param("answerReason", r.answerReason())
                .param("answeredAt", r.answeredAt() == null ? null : timestamp(r.answeredAt()))
                .param("createdAt", timestamp(r.createdAt()))
                .param("createdBy", r.createdBy())
                .param("demo", r.demo())
                .query(Long.class).single();
    }

    Optional<AssistanceRequest> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance.request WHERE id = ?").param(id)
                .query(RequestStore::map).optional();
    }

    /** Locks the row, so two approvals of one request cannot both send it. */
    Optional<AssistanceRequest> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assistance.request WHERE id = ? FOR UPDATE").param(id)
                .query(RequestStore::map).optional();
    }

    /** Whether a request of this direction and partner went or came as this message, without locking it. */
    boolean knows(Direction direction, String partner, String messageId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM assistance.request WHERE direction = ? AND partner = ? AND request_message_id = ?)""")
                .params(direction.name(), partner, messageId).query(Boolean.class).single();
    }

    /**
     * The requests whose request ({@code answer} false) or answer went to or came from a partner as one of these
     * messages (the n-th message id the n-th partner's), unlocked, each with the message id it was found by. One
     * query for a page of messages, on the (partner, message) indexes.
     */
    List<Carried> findCarriedBy(List<String> partners, List<String> messageIds, boolean answer) {
        String column = answer ? "answer_message_id" : "request_message_id";
        return jdbc.sql("SELECT " + column + " AS carried_by, " + COLUMNS + " FROM assistance.request WHERE (partner, "
                        + column + ") IN (SELECT p, m FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS asked (p, m))")
                .params(partners.toArray(String[]::new), messageIds.toArray(String[]::new))
                .query((rs, n) -> new Carried(rs.getString("carried_by"), map(rs, n))).list();
    }

    /** A request, and the message it was found by. */
    record Carried(String messageId, AssistanceRequest request) {
    }

    Optional<AssistanceRequest> findByMessage(Direction direction, String partner, String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM assistance.request WHERE direction = ? AND partner = ? AND request_message_id = ? FOR UPDATE""")
                .params(direction.name(), partner, messageId).query(RequestStore::map).optional();
    }

    /**
     * An answer counts once it has gone (inbound) or come (outbound) in full or in part; a request is
     * overdue while an answer is still owed after its deadline. The figures count with the same conditions.
     */
    static final String ANSWERED = "(answer_outcome IN ('ANSWERED', 'PARTLY_ANSWERED') AND answered_at IS NOT NULL)";
    static final String OVERDUE = """
            (state IN ('SENT', 'ACKNOWLEDGED', 'RECEIVED', 'ANSWER_DRAFTED', 'POSTPONED') AND deadline < :today)""";
    /** A request that left or came: every received one, and a sent one once approved or recorded as sent. */
    static final String NOT_DRAFT = "state <> 'DRAFT'";
    /**
     * Days counted between UTC's dates, not the officers': the expression must stay as assistance V3's statistics
     * write it for the planner to match it, and moving both to the officers' zone takes a migration of this module.
     */
    static final String ANSWER_DAYS = "((answered_at AT TIME ZONE 'UTC')::date - (created_at AT TIME ZONE 'UTC')::date)";

    /**
     * The requests of one of the officers' years (in Hanoi, 2027 starts at 2026-12-31T17:00Z), its bounds written into the statement. As parameters, the driver's
     * prepared statement went generic after five runs, and PostgreSQL's generic plan, guessing a few hundred of
     * the year's 80,000 rows, read them through an index into a sort: 620 ms where the plan for the year's
     * bounds takes 200. Instants written by {@link Instant#toString()} (digits, '-', ':', 'T', 'Z'): nothing else
     * can get into the SQL.
     */
    String inYear(int year) {
        return "created_at >= TIMESTAMPTZ '%s' AND created_at < TIMESTAMPTZ '%s'".formatted(
                LocalDate.of(year, 1, 1).atStartOfDay(officersZone).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(officersZone).toInstant());
    }

    /**
     * A {@code timestamptz} column as the officers' wall-clock time. A fixed offset goes in as an interval: as text,
     * PostgreSQL would read "+07:00" the POSIX way, as west of Greenwich. Zone ids are letters, digits and
     * {@code ~/._+-}, so nothing else can get into the SQL.
     */
    String atOfficersZone(String column) {
        return officersZone.normalized() instanceof ZoneOffset offset
                ? "(%s AT TIME ZONE INTERVAL '%d seconds')".formatted(column, offset.getTotalSeconds())
                : "(%s AT TIME ZONE '%s')".formatted(column, officersZone.getId());
    }

    /**
     * The requests an officer lists when they do not list every one: their unit's and their own drafts. Each side
     * has its index ({@code request_unit_created_idx}, {@code request_drafter_created_idx}), which PostgreSQL reads
     * together (a bitmap OR).
     */
    static final String IN_SCOPE = "(assigned_unit = :unit OR created_by = :drafter)";

    /** The condition that keeps to the scope, or none when {@code scope} is null (every request). */
    private static String inScope(@Nullable ListScope scope) {
        return scope == null ? "" : " AND " + IN_SCOPE;
    }

    /** The year's received requests, of the scope unless it is null: only the conditions that apply, as {@link #where} writes them. */
    private String receivedIn(int year, @Nullable ListScope scope) {
        return "direction = 'IN' AND " + inYear(year) + inScope(scope);
    }

    /** The year's requests received, and sent (a draft has not left), of the scope unless it is null. */
    private String countedIn(int year, @Nullable ListScope scope) {
        return NOT_DRAFT + " AND " + inYear(year) + inScope(scope);
    }

    private static JdbcClient.StatementSpec ofScope(JdbcClient.StatementSpec statement, @Nullable ListScope scope) {
        return scope == null ? statement : statement.param("unit", scope.unit().code()).param("drafter", scope.drafter());
    }

    /**
     * The requests the filter lets through, of the scope unless {@code scope} is null; newest first, at
     * most {@code limit} after skipping {@code offset}.
     */
    List<AssistanceRequest> list(RequestFilter filter, @Nullable ListScope scope, LocalDate today, int offset, int limit) {
        var where = where(filter, scope, today);
        return where.bind(jdbc.sql("SELECT " + COLUMNS + " FROM assistance.request WHERE " + where.sql()
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset"))
                .param("limit", limit)
                .param("offset", offset)
                .query(RequestStore::map).list();
    }

    /** How many requests the filter lets through, however many the list shows. */
    long count(RequestFilter filter, @Nullable ListScope scope, LocalDate today) {
        var where = where(filter, scope, today);
        return where.bind(jdbc.sql("SELECT count(*) FROM assistance.request WHERE " + where.sql())).query(Long.class).single();
    }

    /** A WHERE clause with only the conditions the filter sets (so each list uses the indexes that fit it), and its values. */
    private record Where(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }

    private Where where(RequestFilter filter, @Nullable ListScope scope, LocalDate today) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new HashMap<>();
        if (filter.direction() != null) {
            conditions.add("direction = :direction");
            params.put("direction", filter.direction().name());
        }
        if (filter.partner() != null) {
            conditions.add("partner = :partner");
            params.put("partner", filter.partner());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.subject() != null) {
            conditions.add("subject = :subject");
            params.put("subject", filter.subject().name());
        }
        if (scope != null) {
            conditions.add(IN_SCOPE);
            params.put("unit", scope.unit().code());
            params.put("drafter", scope.drafter());
        }
        Integer year = filter.year();
        if (year != null) {
            conditions.add(inYear(year));
        }
        if (filter.measure() == RequestFilter.Measure.ANSWERED || filter.answerDaysFrom() != null
                || filter.answerDaysTo() != null) {
            conditions.add(ANSWERED);
        }
        if (filter.measure() == RequestFilter.Measure.SENT) {
            conditions.add(NOT_DRAFT);
        }
        if (filter.measure() == RequestFilter.Measure.OVERDUE) {
            conditions.add(OVERDUE);
            params.put("today", Date.valueOf(today));
        }
        if (filter.answerDaysFrom() != null) {
            conditions.add(ANSWER_DAYS + " >= :daysFrom");
            params.put("daysFrom", filter.answerDaysFrom());
        }
        if (filter.answerDaysTo() != null) {
            conditions.add(ANSWER_DAYS + " <= :daysTo");
            params.put("daysTo", filter.answerDaysTo());
        }
        return new Where(String.join(" AND ", conditions), params);
    }

    /**
     * One group of the year's requests, by direction, partner, kind and subject, with its counts: the
     * requests received or sent, those answered (by this hub or by the partner) and those overdue.
     */
    record FigureGroup(Direction direction, String partner, RequestKind kind, Subject subject, long requests,
            long answered, long overdue, long demo) {
    }

    /** The groups of the scope's requests unless {@code scope} is null, as {@link #list} would filter them. */
    List<FigureGroup> figureGroups(int year, LocalDate today, @Nullable ListScope scope) {
        return ofScope(jdbc.sql("SELECT direction, partner, kind, subject, count(*), count(*) FILTER (WHERE " + ANSWERED
                        + "), count(*) FILTER (WHERE " + OVERDUE + "), count(*) FILTER (WHERE demo)"
                        + " FROM assistance.request WHERE " + countedIn(year, scope)
                        + " GROUP BY direction, partner, kind, subject")
                .param("today", Date.valueOf(today)), scope)
                .query((rs, n) -> new FigureGroup(Direction.valueOf(rs.getString(1)), rs.getString(2),
                        RequestKind.valueOf(rs.getString(3)), Subject.valueOf(rs.getString(4)), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }

    /** The years with requests received or sent, of the scope unless {@code scope} is null, newest first. */
    List<Integer> yearsCounted(@Nullable ListScope scope) {
        return ofScope(jdbc.sql("SELECT DISTINCT EXTRACT(YEAR FROM " + atOfficersZone("created_at") + ")::int AS year"
                + " FROM assistance.request WHERE " + NOT_DRAFT + inScope(scope)
                + " ORDER BY year DESC"), scope).query((rs, n) -> rs.getInt(1)).list();
    }

    /** How many of the year's received requests were answered after how many days: days → requests. */
    SortedMap<Integer, Long> answerDays(int year, @Nullable ListScope scope) {
        SortedMap<Integer, Long> days = new TreeMap<>();
        // Grouped by an expression the planner knows the values of (its statistics, assistance V3), so it counts
        // the year in parallel workers, not in one process that expects a group per row.
        ofScope(jdbc.sql("SELECT " + ANSWER_DAYS + " AS days, count(*) FROM assistance.request WHERE "
                        + receivedIn(year, scope) + " AND " + ANSWERED + " GROUP BY days"), scope)
                .query((rs, n) -> days.put(rs.getInt(1), rs.getLong(2))).list();
        return days;
    }

    void setState(long id, RequestState state) {
        jdbc.sql("UPDATE assistance.request SET state = ? WHERE id = ?").params(state.name(), id).update();
    }

    void setRequestMessage(long id, String messageId) {
        jdbc.sql("UPDATE assistance.request SET request_message_id = ? WHERE id = ?").params(messageId, id).update();
    }

    void setAnswer(long id, Outcome outcome, String text, @Nullable String reason, RequestState state) {
        jdbc.sql("""
                UPDATE assistance.request SET answer_outcome = ?, answer_text = ?, answer_reason = ?, state = ? WHERE id = ?""")
                .param(outcome.name()).param(text).param(reason).param(state.name()).param(id).update();
    }

    /** Whether the request's answer is the one that message carried. */
    boolean answeredBy(long id, String answerMessageId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM assistance.request WHERE id = ? AND answer_message_id = ?)")
                .params(id, answerMessageId).query(Boolean.class).single();
    }

    void setAnswered(long id, RequestState state, @Nullable String answerMessageId, Instant at) {
        jdbc.sql("UPDATE assistance.request SET state = ?, answer_message_id = ?, answered_at = ? WHERE id = ?")
                .param(state.name()).param(answerMessageId).param(timestamp(at)).param(id).update();
    }

    void assign(long id, Unit unit, @Nullable String officer) {
        jdbc.sql("UPDATE assistance.request SET assigned_unit = ?, assigned_officer = ? WHERE id = ?")
                .param(unit.code()).param(officer).param(id).update();
    }

    /** Rewrites what a draft asks; the draft's reference, unit and history stay. */
    void updateDraft(long id, NewRequest input, List<Long> agreementIds, @Nullable LocalDate deadline,
            @Nullable String deadlineReason) {
        jdbc.sql("""
                UPDATE assistance.request SET partner = :partner, kind = :kind, subject = :subject, purpose = :purpose,
                    agreement_ids = :agreementIds, questions = :questions, caveats = :caveats, concerns = :concerns,
                    deadline = :deadline, deadline_reason = :deadlineReason
                WHERE id = :id AND state = 'DRAFT'""")
                .param("partner", input.partner())
                .param("kind", input.kind().name())
                .param("subject", input.subject().name())
                .param("purpose", input.purpose().name())
                .param("agreementIds", agreementIds.toArray(Long[]::new))
                .param("questions", input.questions().strip())
                .param("caveats", input.caveats().strip())
                .param("concerns", input.concerns().strip())
                .param("deadline", deadline == null ? null : Date.valueOf(deadline))
                .param("deadlineReason", deadlineReason)
                .param("id", id)
                .update();
    }

    /** Removes a draft with its history; the audit trail keeps that it was drafted and deleted. */
    void deleteDraft(long id) {
        jdbc.sql("DELETE FROM assistance.history WHERE request_id = ?").param(id).update();
        jdbc.sql("DELETE FROM assistance.request WHERE id = ? AND state = 'DRAFT'").param(id).update();
    }

    void addStep(long requestId, Instant at, String actor, String step, String details) {
        jdbc.sql("INSERT INTO assistance.history (request_id, at, actor, step, details) VALUES (?, ?, ?, ?, ?)")
                .params(requestId, timestamp(at), actor, step, details).update();
    }

    List<AssistanceRequest.Step> history(long requestId) {
        return jdbc.sql("SELECT at, actor, step, details FROM assistance.history WHERE request_id = ? ORDER BY id")
                .param(requestId)
                .query((rs, n) -> new AssistanceRequest.Step(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    void recordRefusedMessage(String messageId, String partner, String type, @Nullable String inReplyTo, String reason,
            Instant at) {
        jdbc.sql("""
                INSERT INTO assistance.refused_message (message_id, partner, type, in_reply_to, reason, received_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""")
                .param(messageId).param(partner).param(type).param(inReplyTo).param(reason).param(timestamp(at)).update();
    }

    List<String> refusedMessages(String partner) {
        return jdbc.sql("SELECT message_id FROM assistance.refused_message WHERE partner = ? ORDER BY id").param(partner)
                .query((rs, row) -> rs.getString(1)).list();
    }

    /** Inbound requests still owed an answer whose deadline is on or before {@code until}, with a warning not yet given. */
    List<AssistanceRequest> dueForWarning(LocalDate today) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM assistance.request r
                WHERE direction = 'IN' AND deadline IS NOT NULL AND state IN ('RECEIVED', 'ANSWER_DRAFTED')
                  AND ((NOT warned_before AND deadline - COALESCE(
                            (SELECT days FROM assistance.warning_days w WHERE w.unit = r.assigned_unit), 5) <= :today)
                       OR (NOT warned_overdue AND deadline < :today))
                FOR UPDATE SKIP LOCKED""")
                .param("today", Date.valueOf(today))
                .query(RequestStore::map).list();
    }

    void markWarned(long id, boolean overdue) {
        jdbc.sql(overdue
                ? "UPDATE assistance.request SET warned_before = true, warned_overdue = true WHERE id = ?"
                : "UPDATE assistance.request SET warned_before = true WHERE id = ?").param(id).update();
    }

    void setWarningDays(Unit unit, int days) {
        jdbc.sql("""
                INSERT INTO assistance.warning_days (unit, days) VALUES (?, ?)
                ON CONFLICT (unit) DO UPDATE SET days = EXCLUDED.days""").params(unit.code(), days).update();
    }

    private static AssistanceRequest map(ResultSet rs, int row) throws SQLException {
        Date deadline = rs.getDate("deadline");
        String outcome = rs.getString("answer_outcome");
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new AssistanceRequest(rs.getLong("id"), rs.getString("reference"), rs.getString("sender_reference"),
                Direction.valueOf(rs.getString("direction")), rs.getString("partner"),
                RequestKind.valueOf(rs.getString("kind")), Subject.valueOf(rs.getString("subject")),
                Purpose.valueOf(rs.getString("purpose")), ids(rs.getArray("agreement_ids")), rs.getString("questions"),
                rs.getString("caveats"), rs.getString("concerns"), deadline == null ? null : deadline.toLocalDate(),
                rs.getString("deadline_reason"), new Unit(rs.getString("assigned_unit")),
                rs.getString("assigned_officer"), RequestState.valueOf(rs.getString("state")),
                rs.getString("request_message_id"), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("answer_text"), rs.getString("answer_reason"),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getBoolean("demo"));
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
