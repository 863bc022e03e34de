package org.caunoi.hub.exchange.internal.versions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions recorded per partner and message type, in {@code exchange.partner_payload_version}. */
@Repository
class RecordedVersions {

    /** One recorded version: {@code source} is {@code partner-list} or {@code administrator}. */
    record Recorded(String messageType, int version, String source, String recordedBy, Instant recordedAt) {
    }

    static final String FROM_PARTNER_LIST = "partner-list";
    static final String BY_ADMINISTRATOR = "administrator";

    private final JdbcClient jdbc;

    RecordedVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recorded> of(String partnerCode) {
        return jdbc.sql("""
                SELECT message_type, version, source, recorded_by, recorded_at FROM exchange.partner_payload_version
                WHERE partner_code = ? ORDER BY message_type""").param(partnerCode)
                .query((rs, row) -> new Recorded(rs.getString("message_type"), rs.getInt("version"), rs.getString("source"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    Optional<Integer> version(String partnerCode, String messageType) {
        return jdbc.sql("SELECT version FROM exchange.partner_payload_version WHERE partner_code = ? AND message_type = ?")
                .params(partnerCode, messageType).query(Integer.class).optional();
    }

    /** Records the versions given, by message type, replacing what was recorded for those types. */
    void record(String partnerCode, Map<String, Integer> versions, String source, String recordedBy, Instant at) {
        versions.forEach((type, version) -> jdbc.sql("""
                INSERT INTO exchange.partner_payload_version (partner_code, message_type, version, source, recorded_by, recorded_at)
                VALUES (:partner, :type, :version, :source, :by, :at)
                ON CONFLICT (partner_code, message_type) DO UPDATE SET version = EXCLUDED.version, source = EXCLUDED.source,
                    recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
                .param("partner", partnerCode).param("type", type).param("version", version).param("source", source)
                .param("by", recordedBy).param("at", Timestamp.from(at)).update());
    }
}
