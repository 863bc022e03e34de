package org.caunoi.hub.partners.internal;

import java.util.List;
import java.util.Optional;

import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.Partner.FocalPoint;
import org.caunoi.hub.partners.Partner.FocalPointDomain;
import org.caunoi.hub.partners.PartnerKind;
import org.caunoi.hub.partners.Region;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes partners and their focal points in the {@code partners} schema. */
@Repository
public class PartnerRepository {

    private final JdbcClient jdbc;

    PartnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Partners whose code, name (either language, accents ignored) or note contains the text, filtered by region and
     * agreement kind; the note holds a former name (Vietnam's Tổng cục Hải quan), which officers still search by.
     */
    public List<Partner> search(String text, @Nullable Region region, @Nullable String agreementKind) {
        return jdbc.sql("""
                SELECT p.* FROM partners.partner p
                WHERE (:text = '' OR p.code ILIKE :like
                       OR unaccent(p.name_vi || ' ' || p.name_en || ' ' || p.note) ILIKE unaccent(:like))
                  AND (CAST(:region AS TEXT) IS NULL OR p.region = :region)
                  AND (CAST(:kind AS TEXT) IS NULL OR EXISTS (
                        SELECT 1 FROM partners.agreement_party ap JOIN partners.agreement a ON a.id = ap.agreement_id
                        WHERE ap.partner_code = p.code AND a.kind = :kind))
                ORDER BY p.region, p.code""")
                .param("text", text.strip())
                .param("like", "%" + text.strip().replace("%", "\\%").replace("_", "\\_") + "%")
                .param("region", region == null ? null : region.name())
                .param("kind", agreementKind)
                .query((rs, n) -> new Partner(rs.getString("code"), PartnerKind.valueOf(rs.getString("kind")),
                        rs.getString("iso_country"), rs.getString("name_vi"), rs.getString("name_en"),
                        Region.valueOf(rs.getString("region")), rs.getString("note"), List.of()))
                .list();
    }

    public Optional<Partner> find(String code) {
        return jdbc.sql("SELECT * FROM partners.partner WHERE code = ?").param(code)
                .query((rs, n) -> new Partner(rs.getString("code"), PartnerKind.valueOf(rs.getString("kind")),
                        rs.getString("iso_country"), rs.getString("name_vi"), rs.getString("name_en"),
                        Region.valueOf(rs.getString("region")), rs.getString("note"), focalPoints(code)))
                .optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM partners.partner WHERE code = ?)").param(code)
                .query(Boolean.class).single();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM partners.partner").query(Long.class).single();
    }

    List<FocalPoint> focalPoints(String partnerCode) {
        return jdbc.sql("SELECT * FROM partners.focal_point WHERE partner_code = ? ORDER BY domain, id")
                .param(partnerCode)
                .query((rs, n) -> new FocalPoint(rs.getLong("id"), FocalPointDomain.valueOf(rs.getString("domain")),
                        rs.getString("name"), rs.getString("position"), rs.getString("email"), rs.getString("phone")))
                .list();
    }

    /** Inserts the partner, or updates it when the code exists; returns true when it was new. */
    public boolean upsert(Partner partner) {
        boolean existed = exists(partner.code());
        jdbc.sql("""
                INSERT INTO partners.partner (code, kind, iso_country, name_vi, name_en, region, note)
                VALUES (:code, :kind, :iso, :nameVi, :nameEn, :region, :note)
                ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, iso_country = EXCLUDED.iso_country,
                    name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, region = EXCLUDED.region,
                    note = EXCLUDED.note, updated_at = now()""")
                .param("code", partner.code())
                .param("kind", partner.kind().name())
                .param("iso", partner.isoCountry())
                .param("nameVi", partner.nameVi())
                .param("nameEn", partner.nameEn())
                .param("region", partner.region().name())
                .param("note", partner.note())
                .update();
        return !existed;
    }

    public long addFocalPoint(String partnerCode, FocalPoint focalPoint) {
        return jdbc.sql("""
                INSERT INTO partners.focal_point (partner_code, domain, name, position, email, phone)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(partnerCode, focalPoint.domain().name(), focalPoint.name(), focalPoint.position(),
                        focalPoint.email(), focalPoint.phone())
                .query(Long.class).single();
    }

    public boolean removeFocalPoint(String partnerCode, long id) {
        return jdbc.sql("DELETE FROM partners.focal_point WHERE partner_code = ? AND id = ?")
                .params(partnerCode, id).update() == 1;
    }
}
