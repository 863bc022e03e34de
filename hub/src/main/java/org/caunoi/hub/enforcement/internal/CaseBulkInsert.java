package org.caunoi.hub.enforcement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Conveyance;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores many new cases (an import) in a few statements per chunk of rows instead of about eleven
 * per case: ids taken from the sequences up front, rows passed as arrays and inserted with
 * {@code unnest}, persons, companies and vessels found again by document, tax and IMO number with one
 * look-up per chunk. The caller's transaction holds all chunks, so a failure stores nothing.
 */
@Repository
class CaseBulkInsert {

    /** Rows per round of statements: large enough that round trips no longer count, small enough for modest arrays. */
    static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseBulkInsert(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the cases (version 1 each, linked to their entities) and answers their ids in the same order. */
    List<Long> insertAll(List<String> references, String owningUnit, List<CaseInput> contents, String by, Instant at,
            IntConsumer stored) {
        List<Long> ids = new ArrayList<>(contents.size());
        for (int from = 0; from < contents.size(); from += CHUNK) {
            int to = Math.min(contents.size(), from + CHUNK);
            ids.addAll(insertChunk(references.subList(from, to), owningUnit, contents.subList(from, to), by, at));
            stored.accept(to - from);
        }
        return ids;
    }

    private List<Long> insertChunk(List<String> references, String owningUnit, List<CaseInput> contents, String by,
            Instant at) {
        int n = contents.size();
        List<Long> ids = nextIds("case_record", n);
        @Nullable String[] dates = new @Nullable String[n];
        @Nullable String[] categories = new @Nullable String[n];
        @Nullable String[] places = new @Nullable String[n];
        @Nullable String[] quantities = new @Nullable String[n];
        @Nullable String[] units = new @Nullable String[n];
        @Nullable String[] kgs = new @Nullable String[n];
        String[] jsons = new String[n];
        for (int i = 0; i < n; i++) {
            CaseInput content = contents.get(i);
            dates[i] = content.date() == null ? null : content.date().toString();
            categories[i] = content.category();
            places[i] = content.place();
            CaseInput.Quantity quantity = content.quantity();
            quantities[i] = quantity == null || quantity.value() == null ? null : quantity.value().toPlainString();
            units[i] = quantity == null ? null : quantity.unit();
            kgs[i] = quantity == null || quantity.kg() == null ? null : quantity.kg().toPlainString();
            jsons[i] = json.writeValueAsString(content);
        }
        Long[] idArray = ids.toArray(Long[]::new);
        Timestamp when = Timestamp.from(at);
        jdbc.sql("""
                INSERT INTO enforcement.case_record (id, reference, owning_unit, state, version, case_date, category, place,
                    quantity, unit, kg, content, created_by, created_at, updated_at)
                SELECT t.id, t.reference, :unit, 'active', 1, CAST(t.case_date AS date), t.category, t.place,
                    CAST(t.quantity AS numeric), t.qunit, CAST(t.kg AS numeric), CAST(t.content AS jsonb), :by, :at, :at
                FROM unnest(CAST(:ids AS bigint[]), CAST(:references AS text[]), CAST(:dates AS text[]),
                    CAST(:categories AS text[]), CAST(:places AS text[]), CAST(:quantities AS text[]),
                    CAST(:qunits AS text[]), CAST(:kgs AS text[]), CAST(:contents AS text[]))
                    AS t(id, reference, case_date, category, place, quantity, qunit, kg, content)""")
                .param("unit", owningUnit).param("by", by).param("at", when).param("ids", idArray)
                .param("references", references.toArray(String[]::new)).param("dates", dates)
                .param("categories", categories).param("places", places).param("quantities", quantities)
                .param("qunits", units).param("kgs", kgs).param("contents", jsons).update();
        jdbc.sql("""
                INSERT INTO enforcement.case_version (case_id, version, change, content, changed_by, changed_at)
                SELECT t.id, 1, 'original', CAST(t.content AS jsonb), :by, :at
                FROM unnest(CAST(:ids AS bigint[]), CAST(:contents AS text[])) AS t(id, content)""")
                .param("ids", idArray).param("contents", jsons).param("by", by).param("at", when).update();
        linkPersons(ids, contents);
        linkCompanies(ids, contents);
        linkVessels(ids, contents);
        return ids;
    }

    /** Each person found again by any of its documents (the first record as {@link CaseStore} would pick it), else a new one. */
    private void linkPersons(List<Long> caseIds, List<CaseInput> contents) {
        List<String> documents = new ArrayList<>();
        contents.forEach(content -> content.personList().forEach(person -> documents.addAll(documents(person))));
        // Document -> (rank, record): the lowest rank wins, as ORDER BY merged_into NULLS FIRST, id does row by row.
        Map<String, long[]> known = new HashMap<>();
        if (!documents.isEmpty()) {
            jdbc.sql("""
                    SELECT d.document, coalesce(p.merged_into, p.id) AS id
                    FROM enforcement.person p CROSS JOIN LATERAL unnest(p.documents) AS d(document)
                    WHERE p.documents && CAST(:documents AS text[])
                    ORDER BY p.merged_into NULLS FIRST, p.id""")
                    .param("documents", documents.toArray(String[]::new))
                    .query(rs -> {
                        known.putIfAbsent(rs.getString("document"), new long[] {known.size(), rs.getLong("id")});
                    });
        }
        List<Person> fresh = new ArrayList<>();
        List<Long> links = new ArrayList<>();
        List<Long> linkCases = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            for (Person person : contents.get(i).personList()) {
                long[] best = null;
                for (String document : documents(person)) {
                    long[] candidate = known.get(document);
                    if (candidate != null && (best == null || candidate[0] < best[0])) {
                        best = candidate;
                    }
                }
                linkCases.add(caseIds.get(i));
                if (best != null) {
                    links.add(best[1]);
                }
                else {
                    // A later row naming one of these documents is the same person: link it to this new record.
                    long[] placeholder = {Long.MAX_VALUE - fresh.size(), -1 - fresh.size()};
                    for (String document : documents(person)) {
                        known.putIfAbsent(document, placeholder);
                    }
                    links.add(placeholder[1]);
                    fresh.add(person);
                }
            }
        }
        List<Long> freshIds = nextIds("person", fresh.size());
        if (!fresh.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO enforcement.person (id, name, latin_name, date_of_birth, nationality, documents, document_types)
                    SELECT t.id, t.name, t.latin, CAST(t.dob AS date), t.nationality,
                        ARRAY(SELECT jsonb_array_elements_text(CAST(t.documents AS jsonb))), CAST(t.types AS jsonb)
                    FROM unnest(CAST(:ids AS bigint[]), CAST(:names AS text[]), CAST(:latins AS text[]),
                        CAST(:dobs AS text[]), CAST(:nationalities AS text[]), CAST(:documents AS text[]),
                        CAST(:types AS text[]))
                        AS t(id, name, latin, dob, nationality, documents, types)""")
                    .param("ids", freshIds.toArray(Long[]::new))
                    .param("names", fresh.stream().map(Person::name).toArray(String[]::new))
                    .param("latins", fresh.stream().map(Person::latinName).toArray(String[]::new))
                    .param("dobs", fresh.stream().map(p -> p.dateOfBirth() == null ? null : p.dateOfBirth().toString())
                            .toArray(String[]::new))
                    .param("nationalities", fresh.stream().map(Person::nationality).toArray(String[]::new))
                    .param("documents", fresh.stream().map(p -> json.writeValueAsString(documents(p))).toArray(String[]::new))
                    .param("types", fresh.stream().map(p -> json.writeValueAsString(documentTypes(p))).toArray(String[]::new))
                    .update();
        }
        insertLinks("case_person", "person_id", linkCases, resolve(links, freshIds));
    }

    /** Each company found again by its tax number (a merged one's cases go to the survivor), else a new one. */
    private void linkCompanies(List<Long> caseIds, List<CaseInput> contents) {
        Named<Company> named = named(caseIds, contents.stream().map(CaseInput::companyList).toList(), Company::taxNumber,
                "SELECT tax_number AS key, coalesce(merged_into, id) AS id FROM enforcement.company WHERE tax_number = ANY(?)");
        List<Company> fresh = named.fresh();
        List<Long> freshIds = nextIds("company", fresh.size());
        if (!fresh.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO enforcement.company (id, name, address, tax_number)
                    SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:names AS text[]), CAST(:addresses AS text[]),
                        CAST(:taxes AS text[]))""")
                    .param("ids", freshIds.toArray(Long[]::new))
                    .param("names", fresh.stream().map(Company::name).toArray(String[]::new))
                    .param("addresses", fresh.stream().map(c -> c.address() == null ? "" : c.address()).toArray(String[]::new))
                    .param("taxes", fresh.stream().map(Company::taxNumber).toArray(String[]::new))
                    .update();
        }
        insertLinks("case_company", "company_id", named.linkCases(), resolve(named.links(), freshIds));
    }

    /** Each vessel found again by its IMO number, else a new one. */
    private void linkVessels(List<Long> caseIds, List<CaseInput> contents) {
        Named<Conveyance> named = named(caseIds, contents.stream().map(content -> {
            Conveyance conveyance = content.conveyance();
            return conveyance == null || conveyance.vesselName() == null && conveyance.imo() == null
                    ? List.<Conveyance>of() : List.of(conveyance);
        }).toList(), Conveyance::imo, "SELECT imo AS key, id FROM enforcement.conveyance WHERE imo = ANY(?)");
        List<Conveyance> fresh = named.fresh();
        List<Long> freshIds = nextIds("conveyance", fresh.size());
        if (!fresh.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO enforcement.conveyance (id, vessel_name, imo)
                    SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:names AS text[]), CAST(:imos AS text[]))""")
                    .param("ids", freshIds.toArray(Long[]::new))
                    .param("names", fresh.stream().map(Conveyance::vesselName).toArray(String[]::new))
                    .param("imos", fresh.stream().map(Conveyance::imo).toArray(String[]::new))
                    .update();
        }
        insertLinks("case_conveyance", "conveyance_id", named.linkCases(), resolve(named.links(), freshIds));
    }

    /** The entities a chunk names: which are new, and the record each case links to (see {@link #resolve}). */
    private record Named<E>(List<E> fresh, List<Long> linkCases, List<Long> links) {
    }

    /**
     * Finds the entities of each case again by their key ({@code lookup} answers key and id for the
     * keys asked), and counts the others as new: a later entity with the same key is the same new one.
     */
    private <E> Named<E> named(List<Long> caseIds, List<List<E>> perCase, Function<E, @Nullable String> key, String lookup) {
        List<String> keys = perCase.stream().flatMap(List::stream).map(key).filter(java.util.Objects::nonNull).toList();
        Map<String, Long> known = new HashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql(lookup).param(keys.toArray(String[]::new)).query(rs -> {
                known.put(rs.getString("key"), rs.getLong("id"));
            });
        }
        Named<E> named = new Named<>(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < perCase.size(); i++) {
            for (E entity : perCase.get(i)) {
                String entityKey = key.apply(entity);
                Long id = entityKey == null ? null : known.get(entityKey);
                if (id == null) {
                    id = -1L - named.fresh().size();
                    if (entityKey != null) {
                        known.put(entityKey, id);
                    }
                    named.fresh().add(entity);
                }
                named.linkCases().add(caseIds.get(i));
                named.links().add(id);
            }
        }
        return named;
    }

    /** Negative ids stand for the n-th new record ({@code -1 - n}) until its id is known. */
    private static List<Long> resolve(List<Long> links, List<Long> freshIds) {
        return links.stream().map(id -> id < 0 ? freshIds.get((int) (-1 - id)) : id).toList();
    }

    private void insertLinks(String table, String column, List<Long> caseIds, List<Long> entityIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO enforcement." + table + " (case_id, " + column + ") "
                + "SELECT * FROM unnest(CAST(:cases AS bigint[]), CAST(:entities AS bigint[])) ON CONFLICT DO NOTHING")
                .param("cases", caseIds.toArray(Long[]::new)).param("entities", entityIds.toArray(Long[]::new)).update();
    }

    /** Ids for {@code count} new rows of the table, taken from its sequence up front so the rows can be linked before they exist. */
    private List<Long> nextIds(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('enforcement." + table + "', 'id')) FROM generate_series(1, ?)")
                .param(count).query((rs, row) -> rs.getLong(1)).list();
    }

    private static List<String> documents(Person person) {
        return person.documents() == null ? List.of() : person.documents();
    }

    private static Map<String, String> documentTypes(Person person) {
        return person.documentTypes() == null ? Map.of() : person.documentTypes();
    }
}
