package org.caunoi.hub.partners.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.partners.Agreement.DatePrecision;
import org.caunoi.hub.partners.Agreement.DocumentInfo;
import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.AgreementStatus;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.ExchangeProfile;
import org.caunoi.hub.partners.Purpose;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes agreements, their parties and their attached documents. */
@Repository
public class AgreementRepository {

    private static final String SELECT = """
            SELECT a.*,
                   ARRAY(SELECT partner_code FROM partners.agreement_party ap WHERE ap.agreement_id = a.id
                         ORDER BY partner_code) AS parties,
                   d.file_name, d.content_type, d.size_bytes, d.sha256
            FROM partners.agreement a
            LEFT JOIN partners.agreement_document d ON d.agreement_id = a.id
            """;

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agreement> all() {
        return jdbc.sql(SELECT + " ORDER BY a.signed_on, a.id").query(AgreementRepository::map).list();
    }

    /** The partner's agreements; none for a partner nobody knows. */
    public List<Agreement> ofPartner(String partnerCode) {
        return ofKnownPartner(partnerCode).orElse(List.of());
    }

    /**
     * The partner's agreements, or empty when no partner has this code: the legal-basis check's two
     * questions in one statement, which every message sent or received asks.
     */
    public Optional<List<Agreement>> ofKnownPartner(String partnerCode) {
        List<Optional<Agreement>> rows = jdbc.sql("SELECT x.* FROM partners.partner p LEFT JOIN LATERAL (" + SELECT + """
                     WHERE EXISTS (SELECT 1 FROM partners.agreement_party ap
                                   WHERE ap.agreement_id = a.id AND ap.partner_code = p.code)) x ON true
                WHERE p.code = ?
                ORDER BY x.signed_on, x.id""")
                .param(partnerCode)
                .query((rs, row) -> rs.getObject("id") == null ? Optional.<Agreement>empty() : Optional.of(map(rs, row)))
                .list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.stream().flatMap(Optional::stream).toList());
    }

    public Optional<Agreement> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(AgreementRepository::map).optional();
    }

    public long insert(Agreement agreement) {
        long id = jdbc.sql("""
                INSERT INTO partners.agreement (kind, title_vi, title_en, counterpart, signed_on, signed_precision,
                    entry_into_force, expires_on, status, data_categories, personal_data_allowed, purposes,
                    onward_consent_required, answer_deadline_days, note)
                VALUES (:kind, :titleVi, :titleEn, :counterpart, :signedOn, :precision, :entryIntoForce, :expiresOn,
                    :status, :categories, :personalData, :purposes, :consent, :deadline, :note)
                RETURNING id""")
                .paramSource(parameters(agreement))
                .query(Long.class).single();
        replaceParties(id, agreement.parties());
        return id;
    }

    /** Updates the agreement if nobody changed it since {@code agreement.version()}; false when somebody did. */
    public boolean update(Agreement agreement) {
        int updated = jdbc.sql("""
                UPDATE partners.agreement SET kind = :kind, title_vi = :titleVi, title_en = :titleEn,
                    counterpart = :counterpart, signed_on = :signedOn, signed_precision = :precision,
                    entry_into_force = :entryIntoForce, expires_on = :expiresOn, status = :status,
                    data_categories = :categories, personal_data_allowed = :personalData, purposes = :purposes,
                    onward_consent_required = :consent, answer_deadline_days = :deadline, note = :note,
                    version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version""")
                .paramSource(parameters(agreement))
                .update();
        if (updated == 1) {
            replaceParties(agreement.id(), agreement.parties());
            jdbc.sql("DELETE FROM partners.demo_profile WHERE agreement_id = ?").param(agreement.id()).update();
        }
        return updated == 1;
    }

    /** Marks the agreement's exchange profile as one the demo data derived, until an officer saves the agreement. */
    public void markDemoProfile(long agreementId) {
        jdbc.sql("INSERT INTO partners.demo_profile (agreement_id) VALUES (?)").param(agreementId).update();
    }

    /**
     * Replaces an exchange profile the demo data derived with the one it derives today; false when an officer has
     * saved the agreement since (their profile stays). The version moves on, so an editor open on the old one notices.
     */
    public boolean replaceDemoProfile(long agreementId, ExchangeProfile profile) {
        return jdbc.sql("""
                UPDATE partners.agreement SET data_categories = :categories, personal_data_allowed = :personalData,
                    purposes = :purposes, onward_consent_required = :consent, answer_deadline_days = :deadline,
                    version = version + 1, updated_at = now()
                WHERE id = :id AND EXISTS (SELECT 1 FROM partners.demo_profile d WHERE d.agreement_id = :id)""")
                .paramSource(profileParameters(profile).addValue("id", agreementId))
                .update() == 1;
    }

    /** True while the agreement's exchange profile is the demo data's, not one an officer has saved. */
    public boolean hasDemoProfile(long agreementId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM partners.demo_profile WHERE agreement_id = ?)").param(agreementId)
                .query(Boolean.class).single();
    }

    private void replaceParties(long agreementId, List<String> parties) {
        jdbc.sql("DELETE FROM partners.agreement_party WHERE agreement_id = ?").param(agreementId).update();
        for (String party : parties) {
            jdbc.sql("INSERT INTO partners.agreement_party (agreement_id, partner_code) VALUES (?, ?)")
                    .params(agreementId, party).update();
        }
    }

    public void saveDocument(long agreementId, DocumentInfo info, byte[] content, String uploadedBy) {
        jdbc.sql("""
                INSERT INTO partners.agreement_document (agreement_id, file_name, content_type, size_bytes, sha256,
                    content, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (agreement_id) DO UPDATE SET file_name = EXCLUDED.file_name,
                    content_type = EXCLUDED.content_type, size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256,
                    content = EXCLUDED.content, uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()""")
                .params(agreementId, info.fileName(), info.contentType(), info.sizeBytes(), info.sha256(), content,
                        uploadedBy)
                .update();
    }

    public Optional<byte[]> documentContent(long agreementId) {
        return jdbc.sql("SELECT content FROM partners.agreement_document WHERE agreement_id = ?")
                .param(agreementId).query(byte[].class).optional();
    }

    /** Agreements signed per year and kind, for the chart. */
    public List<YearKindCount> signedPerYearByKind() {
        return jdbc.sql("""
                SELECT EXTRACT(YEAR FROM signed_on)::int AS year, kind, count(*) AS n
                FROM partners.agreement GROUP BY 1, 2 ORDER BY 1, 2""")
                .query((rs, n) -> new YearKindCount(rs.getInt("year"), AgreementKind.valueOf(rs.getString("kind")),
                        rs.getInt("n")))
                .list();
    }

    public record YearKindCount(int year, AgreementKind kind, int count) {
    }

    private static MapSqlParameterSource profileParameters(ExchangeProfile profile) {
        return new MapSqlParameterSource()
                .addValue("categories", profile.categories().stream().map(Enum::name).sorted().toArray(String[]::new))
                .addValue("personalData", profile.personalDataAllowed())
                .addValue("purposes", profile.purposes().stream().map(Enum::name).sorted().toArray(String[]::new))
                .addValue("consent", profile.onwardTransmissionNeedsConsent())
                .addValue("deadline", profile.answerDeadlineDays());
    }

    private static MapSqlParameterSource parameters(Agreement agreement) {
        return profileParameters(agreement.profile())
                .addValue("id", agreement.id())
                .addValue("version", agreement.version())
                .addValue("kind", agreement.kind().name())
                .addValue("titleVi", agreement.titleVi())
                .addValue("titleEn", agreement.titleEn())
                .addValue("counterpart", agreement.counterpart())
                .addValue("signedOn", agreement.signedOn())
                .addValue("precision", agreement.signedPrecision().name())
                .addValue("entryIntoForce", agreement.entryIntoForce())
                .addValue("expiresOn", agreement.expiresOn())
                .addValue("status", agreement.status().name())
                .addValue("note", agreement.note());
    }

    private static Agreement map(ResultSet rs, int row) throws SQLException {
        ExchangeProfile profile = new ExchangeProfile(
                names(rs.getArray("data_categories")).stream().map(DataCategory::valueOf).collect(Collectors.toSet()),
                rs.getBoolean("personal_data_allowed"),
                names(rs.getArray("purposes")).stream().map(Purpose::valueOf).collect(Collectors.toSet()),
                rs.getBoolean("onward_consent_required"),
                (Integer) rs.getObject("answer_deadline_days"));
        String fileName = rs.getString("file_name");
        DocumentInfo document = fileName == null ? null
                : new DocumentInfo(fileName, rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"));
        return new Agreement(rs.getLong("id"), AgreementKind.valueOf(rs.getString("kind")), rs.getString("title_vi"),
                rs.getString("title_en"), rs.getString("counterpart"), rs.getObject("signed_on", LocalDate.class),
                DatePrecision.valueOf(rs.getString("signed_precision")),
                rs.getObject("entry_into_force", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                AgreementStatus.valueOf(rs.getString("status")), names(rs.getArray("parties")), profile,
                rs.getString("note"), rs.getInt("version"), document);
    }

    private static List<String> names(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
