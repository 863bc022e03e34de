package org.caunoi.hub.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Conveyance;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enforcement schema's cases: the current version with the columns searched and summed, every
 * version as written, and the persons, companies and vessels each case links to (found again by a
 * document number, a tax number or an IMO number, so one person links many cases).
 */
@Repository
class CaseStore {

    /** A case's persons, companies and conveyance, the parts of its content that hold names. */
    private static final String NAMES = "jsonb_build_object('persons', content->'persons', 'companies', content->'companies',"
            + " 'conveyance', content->'conveyance')";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final javax.sql.DataSource dataSource;

    CaseStore(JdbcClient jdbc, JsonMapper json, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The next reference of the year, e.g. VN-2026-000123; the counter row serialises concurrent cases. */
    String nextReference(String node, int year) {
        int number = jdbc.sql("""
                INSERT INTO enforcement.reference_counter (year, last) VALUES (:year, 1)
                ON CONFLICT (year) DO UPDATE SET last = enforcement.reference_counter.last + 1
                RETURNING last""").param("year", year).query(Integer.class).single();
        return "%s-%d-%06d".formatted(node, year, number);
    }

    /** The next {@code count} references of the year in order, reserved with one update of the counter row. */
    List<String> nextReferences(String node, int year, int count) {
        int last = jdbc.sql("""
                INSERT INTO enforcement.reference_counter (year, last) VALUES (:year, :count)
                ON CONFLICT (year) DO UPDATE SET last = enforcement.reference_counter.last + :count
                RETURNING last""").param("year", year).param("count", count).query(Integer.class).single();
        return java.util.stream.IntStream.rangeClosed(last - count + 1, last)
                .mapToObj(number -> "%s-%d-%06d".formatted(node, year, number)).toList();
    }

    long insert(String reference, String owningUnit, CaseInput content, String by, Instant at) {
        long id = jdbc.sql("""
                INSERT INTO enforcement.case_record (reference, owning_unit, state, version, case_date, category, place,
                    quantity, unit, kg, content, created_by, created_at, updated_at)
                VALUES (:reference, :unit, 'active', 1, :date, :category, :place, :quantity, :qunit, :kg,
                    CAST(:content AS jsonb), :by, :at, :at)
                RETURNING id""")
                .param("reference", reference).param("unit", owningUnit)
                .params(columns(content)).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
        insertVersion(id, 1, "original", content, by, at);
        linkEntities(id, content);
        return id;
    }

    /** Writes the next version and makes it current; the state follows the change (a withdrawal ends the case). */
    void update(long id, int version, String change, CaseInput content, String by, Instant at) {
        jdbc.sql("""
                UPDATE enforcement.case_record SET version = :version, state = :state, case_date = :date,
                    category = :category, place = :place, quantity = :quantity, unit = :qunit, kg = :kg,
                    content = CAST(:content AS jsonb), updated_at = :at
                WHERE id = :id""")
                .param("id", id).param("version", version)
                .param("state", change.equals("withdrawal") ? "withdrawn" : "active")
                .params(columns(content)).param("at", Timestamp.from(at)).update();
        insertVersion(id, version, change, content, by, at);
        unlinkEntities(id);
        linkEntities(id, content);
    }

    private java.util.Map<String, @Nullable Object> columns(CaseInput content) {
        var columns = new java.util.HashMap<String, @Nullable Object>();
        columns.put("date", content.date());
        columns.put("category", content.category());
        columns.put("place", content.place());
        columns.put("quantity", content.quantity() == null ? null : content.quantity().value());
        columns.put("qunit", content.quantity() == null ? null : content.quantity().unit());
        columns.put("kg", content.quantity() == null ? null : content.quantity().kg());
        columns.put("content", json.writeValueAsString(content));
        return columns;
    }

    private void insertVersion(long id, int version, String change, CaseInput content, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO enforcement.case_version (case_id, version, change, content, changed_by, changed_at)
                VALUES (:id, :version, :change, CAST(:content AS jsonb), :by, :at)""")
                .param("id", id).param("version", version).param("change", change)
                .param("content", json.writeValueAsString(content)).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    Optional<StoredCase> find(long id) {
        return jdbc.sql("SELECT * FROM enforcement.case_record WHERE id = ?").param(id).query(this::storedCase).optional();
    }

    /** A case as a name search shows it: its reference, owning unit and names, nothing else of its content. */
    record NamedCase(long id, String reference, String owningUnit, CaseInput names) {
    }

    /**
     * The cases with these ids (those that exist), their names alone: a search hit shows no more, and
     * reading and parsing each hit's whole content was a tenth of a search's time at 100,000 cases.
     */
    List<NamedCase> findNamed(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, reference, owning_unit, " + NAMES + " AS names FROM enforcement.case_record WHERE id = ANY(?)")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> new NamedCase(rs.getLong("id"), rs.getString("reference"), rs.getString("owning_unit"),
                        json.readValue(rs.getString("names"), CaseInput.class)))
                .list();
    }

    /** For a change: the row stays locked until the transaction ends, so two corrections do not cross. */
    Optional<StoredCase> findForUpdate(long id) {
        return jdbc.sql("SELECT * FROM enforcement.case_record WHERE id = ? FOR UPDATE").param(id)
                .query(this::storedCase).optional();
    }

    /** A case not withdrawn, by reference, as {@link SameSeizure} compares it. */
    record Seized(String reference, SameSeizure seizure) {
    }

    /** The cases of that day that are not withdrawn (a withdrawn case may be entered again), oldest first. */
    List<Seized> seizedOn(LocalDate date) {
        return jdbc.sql("""
                SELECT reference, case_date, place, category, quantity, unit, content->>'placeKind' AS place_kind,
                    content->>'hsCode' AS hs_code, content->>'description' AS description,
                    content->>'detectingUnit' AS detecting_unit
                FROM enforcement.case_record WHERE case_date = ? AND state = 'active' ORDER BY id""")
                .param(date)
                .query((rs, n) -> new Seized(rs.getString("reference"), SameSeizure.stored(
                        rs.getObject("case_date", LocalDate.class), rs.getString("place_kind"), rs.getString("place"),
                        rs.getString("category"), rs.getString("description"), rs.getString("hs_code"),
                        rs.getBigDecimal("quantity"), rs.getString("unit"), rs.getString("detecting_unit"))))
                .list();
    }

    boolean referenceExists(String reference) {
        return jdbc.sql("SELECT count(*) FROM enforcement.case_record WHERE reference = ?").param(reference)
                .query(Integer.class).single() > 0;
    }

    /**
     * Hands each case's id and names (persons, companies, conveyance: nothing else of the case) to
     * {@code action}, streamed from a cursor in the caller's transaction, so a million cases are
     * never all in memory at once.
     */
    void forEachNames(java.util.function.BiConsumer<Long, CaseInput> action) {
        var cursor = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        cursor.setFetchSize(5_000);
        cursor.query("SELECT id, " + NAMES + " AS names FROM enforcement.case_record",
                rs -> {
                    action.accept(rs.getLong("id"), json.readValue(rs.getString("names"), CaseInput.class));
                });
    }

    List<StoredCase> all() {
        return jdbc.sql("SELECT * FROM enforcement.case_record ORDER BY id").query(this::storedCase).list();
    }

    /**
     * The filter's conditions, only those it sets: a condition written as "parameter IS NULL OR ..."
     * keeps the planner from using the index behind it once the driver's prepared statement goes generic.
     */
    private static String conditions(CaseFilter filter) {
        StringBuilder sql = new StringBuilder("FROM enforcement.case_record c WHERE true");
        if (filter.category() != null) {
            sql.append(" AND c.category = :category");
        }
        if (filter.from() != null) {
            sql.append(" AND c.case_date >= :from");
        }
        if (filter.to() != null) {
            sql.append(" AND c.case_date <= :to");
        }
        if (filter.unit() != null) {
            sql.append(" AND c.owning_unit = :unit");
        }
        if (filter.country() != null) {
            // The route's countries, generated from the JSON (V7): in the index that the counts read alone.
            sql.append(" AND c.route_countries @> ARRAY[CAST(:country AS TEXT)]");
        }
        if (filter.parameters().get("text") != null) {
            sql.append(" AND enforcement.folded(coalesce(c.content->>'description', '')) LIKE enforcement.folded(:text)");
        }
        if (filter.operation() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM enforcement.operation_case oc WHERE oc.case_id = c.id"
                    + " AND oc.operation_id = :operation)");
        }
        if (filter.sharedWith() != null) {
            // A case shared in several versions is still one case.
            sql.append(" AND EXISTS (SELECT 1 FROM enforcement.case_share s WHERE s.case_id = c.id"
                    + " AND s.partner_code = :sharedWith)");
        }
        return sql.toString();
    }

    /** The cases the filter lets through, newest first, at most {@code limit}: chosen as {@link #summaries} chooses them. */
    List<StoredCase> filtered(CaseFilter filter, int limit) {
        return jdbc.sql("SELECT l.*" + newestFirst(filter)).params(filter.parameters()).param("offset", 0).param("limit", limit)
                .query(this::storedCase).list();
    }

    /** A page of the cases the filter lets through, their columns only. */
    List<Cases.Summary> summaries(CaseFilter filter, int offset, int limit) {
        return jdbc.sql("SELECT l.id, l.reference, l.version, l.state, l.case_date, l.category, l.place, l.owning_unit,"
                + " l.created_by = :demoActor AS demo" + newestFirst(filter))
                .params(filter.parameters()).param("offset", offset).param("limit", limit)
                .param("demoActor", DemoOperations.CREATED_BY)
                .query((rs, n) -> new Cases.Summary(rs.getLong("id"), rs.getString("reference"), rs.getInt("version"),
                        rs.getString("state"), rs.getObject("case_date", java.time.LocalDate.class), rs.getString("category"),
                        rs.getString("place"), rs.getString("owning_unit"), rs.getBoolean("demo")))
                .list();
    }

    /**
     * The rows ({@code l}) of a page of the cases the filter lets through, newest first. The page's ids
     * are chosen first, from an index that holds the category, date and route countries (V10), and
     * only those rows are read: at a million cases, intersecting three indexes and reading every row
     * they shared took 251 ms, the ids first 24 ms (EXPLAIN ANALYZE, same data).
     */
    private String newestFirst(CaseFilter filter) {
        return " FROM enforcement.case_record l WHERE l.id IN (SELECT c.id " + conditions(filter)
                + " ORDER BY c.case_date DESC, c.id DESC OFFSET :offset LIMIT :limit)"
                + " ORDER BY l.case_date DESC, l.id DESC";
    }

    /** How many cases of each category the filter lets through (the category filter itself left out). */
    java.util.Map<String, Long> categoryCounts(CaseFilter filter) {
        var counts = new java.util.TreeMap<String, Long>();
        CaseFilter everyCategory = filter.withCategory(null);
        jdbc.sql("SELECT c.category, count(*) AS n " + conditions(everyCategory) + " GROUP BY c.category")
                .params(everyCategory.parameters())
                .query(rs -> {
                    counts.put(rs.getString("category"), rs.getLong("n"));
                });
        return counts;
    }

    List<CaseVersion> versions(long id) {
        return jdbc.sql("SELECT * FROM enforcement.case_version WHERE case_id = ? ORDER BY version").param(id)
                .query((rs, n) -> new CaseVersion(rs.getInt("version"), rs.getString("change"),
                        json.readValue(rs.getString("content"), CaseInput.class), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private StoredCase storedCase(ResultSet rs, int n) throws SQLException {
        return new StoredCase(rs.getLong("id"), rs.getString("reference"), rs.getString("owning_unit"),
                rs.getString("state"), rs.getInt("version"), json.readValue(rs.getString("content"), CaseInput.class),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The case's links follow its current version: entities no longer named lose the link, not their record. */
    private void unlinkEntities(long caseId) {
        for (String table : List.of("case_person", "case_company", "case_conveyance")) {
            jdbc.sql("DELETE FROM enforcement." + table + " WHERE case_id = ?").param(caseId).update();
        }
    }

    /** Links the case to the entities it names; a new case has no links to remove first (an import is many new cases). */
    private void linkEntities(long caseId, CaseInput content) {
        for (Person person : content.personList()) {
            link("case_person", "person_id", caseId, personId(person));
        }
        for (Company company : content.companyList()) {
            link("case_company", "company_id", caseId, companyId(company));
        }
        Conveyance conveyance = content.conveyance();
        if (conveyance != null && (conveyance.vesselName() != null || conveyance.imo() != null)) {
            link("case_conveyance", "conveyance_id", caseId, vesselId(conveyance));
        }
    }

    private void link(String table, String column, long caseId, long entityId) {
        jdbc.sql("INSERT INTO enforcement." + table + " (case_id, " + column + ") VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(caseId, entityId).update();
    }

    private long personId(Person person) {
        String[] documents = person.documents() == null ? new String[0] : person.documents().toArray(String[]::new);
        Optional<Long> known = documents.length == 0 ? Optional.empty()
                : jdbc.sql("""
                        SELECT coalesce(merged_into, id) FROM enforcement.person WHERE documents && CAST(:documents AS text[])
                        ORDER BY merged_into NULLS FIRST, id LIMIT 1""")
                        .param("documents", documents).query(Long.class).optional();
        String types = json.writeValueAsString(person.documentTypes() == null ? Map.of() : person.documentTypes());
        if (known.isPresent()) {
            // A type learned from this case fills in one the record did not know; one it knew stays.
            jdbc.sql("UPDATE enforcement.person SET document_types = CAST(:types AS jsonb) || document_types WHERE id = :id")
                    .param("types", types).param("id", known.get()).update();
            return known.get();
        }
        return jdbc.sql("""
                INSERT INTO enforcement.person (name, latin_name, date_of_birth, nationality, documents, document_types)
                VALUES (:name, :latin, :dob, :nationality, CAST(:documents AS text[]), CAST(:types AS jsonb)) RETURNING id""")
                .param("name", person.name()).param("latin", person.latinName()).param("dob", person.dateOfBirth())
                .param("nationality", person.nationality()).param("documents", documents).param("types", types)
                .query(Long.class).single();
    }

    private long companyId(Company company) {
        Optional<Long> known = company.taxNumber() == null ? Optional.empty()
                // A merged company keeps its tax number on its tombstone: its cases link to the survivor.
                : jdbc.sql("SELECT coalesce(merged_into, id) FROM enforcement.company WHERE tax_number = ?").param(company.taxNumber())
                        .query(Long.class).optional();
        return known.orElseGet(() -> jdbc.sql("""
                INSERT INTO enforcement.company (name, address, tax_number) VALUES (:name, :address, :tax) RETURNING id""")
                .param("name", company.name()).param("address", company.address() == null ? "" : company.address())
                .param("tax", company.taxNumber()).query(Long.class).single());
    }

    private long vesselId(Conveyance conveyance) {
        Optional<Long> known = conveyance.imo() == null ? Optional.empty()
                : jdbc.sql("SELECT id FROM enforcement.conveyance WHERE imo = ?").param(conveyance.imo())
                        .query(Long.class).optional();
        return known.orElseGet(() -> jdbc.sql("""
                INSERT INTO enforcement.conveyance (vessel_name, imo) VALUES (:name, :imo) RETURNING id""")
                .param("name", conveyance.vesselName()).param("imo", conveyance.imo()).query(Long.class).single());
    }
}
