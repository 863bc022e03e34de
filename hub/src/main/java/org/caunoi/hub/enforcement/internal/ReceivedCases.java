package org.caunoi.hub.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases received from partners, apart from this hub's own: the newest version of each with its
 * source, form, caveats and state, and every version as it came.
 */
@Repository
public class ReceivedCases {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReceivedCases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A received case at its newest version; {@code sendersNonNominal}: the free texts in the sender's non-nominal
     * form, when it sent them with the nominal form ({@link CaseReport#nonNominal()}).
     */
    public record ReceivedCase(long id, String source, String reference, int version, String state, String form,
            List<String> caveats, CaseInput content, Instant receivedAt, CaseReport.@Nullable FreeTexts sendersNonNominal) {
    }

    /**
     * One version as it came, with the MessageId that carried it, its caveats and the case as it was in it. The
     * sender's non-nominal texts are for making this hub's non-nominal form, never shown as they came.
     */
    public record ReceivedVersion(int version, String change, String form, String messageId, Instant receivedAt,
            List<String> caveats, CaseInput content, @JsonIgnore CaseReport.@Nullable FreeTexts sendersNonNominal) {
    }

    /** Where a version went: the received case's id, and whether the version was new here (not a repeat). */
    record Stored(long id, boolean newVersion) {
    }

    /**
     * Stores a version; the case moves to it only when it is newer than what is held (versions may
     * arrive out of order). A version held already is kept as it was.
     */
    Stored store(String source, String messageId, CaseReport report, Instant receivedAt) {
        String state = report.change().equals("withdrawal") ? "withdrawn" : "active";
        String content = json.writeValueAsString(report.content());
        String sendersNonNominal = report.nonNominal() == null ? null : json.writeValueAsString(report.nonNominal());
        String[] caveats = report.caveats().toArray(String[]::new);
        long id = jdbc.sql("""
                INSERT INTO enforcement.received_case (source_partner, sender_reference, state, version, form, caveats,
                    content, senders_non_nominal, received_at)
                VALUES (:source, :reference, :state, :version, :form, :caveats, CAST(:content AS jsonb),
                    CAST(:sendersNonNominal AS jsonb), :at)
                ON CONFLICT (source_partner, sender_reference) DO UPDATE SET
                    state = CASE WHEN excluded.version > received_case.version THEN excluded.state ELSE received_case.state END,
                    form = CASE WHEN excluded.version > received_case.version THEN excluded.form ELSE received_case.form END,
                    caveats = CASE WHEN excluded.version > received_case.version THEN excluded.caveats ELSE received_case.caveats END,
                    content = CASE WHEN excluded.version > received_case.version THEN excluded.content ELSE received_case.content END,
                    senders_non_nominal = CASE WHEN excluded.version > received_case.version THEN excluded.senders_non_nominal
                        ELSE received_case.senders_non_nominal END,
                    received_at = CASE WHEN excluded.version > received_case.version THEN excluded.received_at ELSE received_case.received_at END,
                    version = greatest(excluded.version, received_case.version)
                RETURNING id""")
                .param("source", source).param("reference", report.reference()).param("state", state)
                .param("version", report.version()).param("form", report.form()).param("caveats", caveats)
                .param("content", content).param("sendersNonNominal", sendersNonNominal).param("at", Timestamp.from(receivedAt))
                .query(Long.class).single();
        int added = jdbc.sql("""
                INSERT INTO enforcement.received_version (received_case_id, version, change, form, caveats, message_id,
                    payload, received_at)
                VALUES (:id, :version, :change, :form, :caveats, :messageId, CAST(:payload AS jsonb), :at)
                ON CONFLICT DO NOTHING""")
                .param("id", id).param("version", report.version()).param("change", report.change())
                .param("form", report.form()).param("caveats", caveats).param("messageId", messageId)
                .param("payload", json.writeValueAsString(report)).param("at", Timestamp.from(receivedAt)).update();
        return new Stored(id, added == 1);
    }

    public List<ReceivedCase> from(String source) {
        return jdbc.sql("SELECT * FROM enforcement.received_case WHERE source_partner = ? ORDER BY id").param(source)
                .query(this::receivedCase).list();
    }

    /** How many received cases come from one partner in one state: the facets of the received list. */
    public record Count(String source, String state, long cases) {
    }

    public List<Count> counts() {
        return jdbc.sql("""
                SELECT source_partner, state, count(*) AS n FROM enforcement.received_case
                GROUP BY source_partner, state ORDER BY source_partner, state""")
                .query((rs, n) -> new Count(rs.getString("source_partner"), rs.getString("state"), rs.getLong("n")))
                .list();
    }

    /**
     * Received cases, newest first, optionally from one partner and in one state: {@code limit} of them after
     * skipping {@code offset}. {@link #counts()} says how many there are in all.
     */
    public List<ReceivedCase> filtered(@Nullable String source, @Nullable String state, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM enforcement.received_case
                WHERE (CAST(:source AS TEXT) IS NULL OR source_partner = :source)
                  AND (CAST(:state AS TEXT) IS NULL OR state = :state)
                ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("source", source).param("state", state).param("limit", limit).param("offset", offset)
                .query(this::receivedCase).list();
    }

    List<ReceivedCase> all() {
        return jdbc.sql("SELECT * FROM enforcement.received_case ORDER BY id").query(this::receivedCase).list();
    }

    public Optional<ReceivedCase> find(long id) {
        return jdbc.sql("SELECT * FROM enforcement.received_case WHERE id = ?").param(id).query(this::receivedCase)
                .optional();
    }

    public List<ReceivedVersion> versions(long id) {
        return jdbc.sql("SELECT * FROM enforcement.received_version WHERE received_case_id = ? ORDER BY version")
                .param(id)
                .query((rs, n) -> {
                    CaseReport report = json.readValue(rs.getString("payload"), CaseReport.class);
                    return new ReceivedVersion(rs.getInt("version"), rs.getString("change"), rs.getString("form"),
                            rs.getString("message_id"), rs.getTimestamp("received_at").toInstant(),
                            Arrays.asList((String[]) rs.getArray("caveats").getArray()), report.content(),
                            report.nonNominal());
                })
                .list();
    }

    private ReceivedCase receivedCase(ResultSet rs, int n) throws SQLException {
        String sendersNonNominal = rs.getString("senders_non_nominal");
        return new ReceivedCase(rs.getLong("id"), rs.getString("source_partner"), rs.getString("sender_reference"),
                rs.getInt("version"), rs.getString("state"), rs.getString("form"),
                Arrays.asList((String[]) rs.getArray("caveats").getArray()),
                json.readValue(rs.getString("content"), CaseInput.class), rs.getTimestamp("received_at").toInstant(),
                sendersNonNominal == null ? null : json.readValue(sendersNonNominal, CaseReport.FreeTexts.class));
    }
}
