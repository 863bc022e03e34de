package org.caunoi.hub.enforcement.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caunoi.hub.enforcement.internal.EntityMerges.EntityRecord;
import org.caunoi.hub.enforcement.internal.EntityMerges.Merge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person and company records as records of their own: read one, the cases linked to it, merge
 * one into another (its case links move, it stays as a tombstone pointing to the survivor) and the
 * merge history. Only the SQL; who may merge is {@link EntityMerges}'s business.
 */
@Repository
class EntityRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EntityRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<EntityRecord> find(String entity, long id) {
        return jdbc.sql("SELECT * FROM enforcement." + table(entity) + " WHERE id = ?").param(id)
                .query((rs, n) -> entityRecord(entity, rs)).optional();
    }

    /** The same, locked until the transaction ends so two merges of one record do not cross. */
    Optional<EntityRecord> findForUpdate(String entity, long id) {
        return jdbc.sql("SELECT * FROM enforcement." + table(entity) + " WHERE id = ? FOR UPDATE").param(id)
                .query((rs, n) -> entityRecord(entity, rs)).optional();
    }

    /**
     * The records linked to the case that bear the name (as written, in Latin, or taken over in a
     * merge): how a name hit on a case leads to the person or company record.
     */
    List<EntityRecord> ofCase(String entity, long caseId, String name) {
        String latin = entity.equals("person") ? " OR x.latin_name = :name" : "";
        return jdbc.sql("SELECT x.* FROM enforcement." + table(entity) + " x JOIN enforcement.case_" + entity
                        + " l ON l." + entity + "_id = x.id WHERE l.case_id = :case AND (x.name = :name" + latin
                        + " OR :name = ANY (x.other_names)) ORDER BY x.id")
                .param("case", caseId).param("name", name).query((rs, n) -> entityRecord(entity, rs)).list();
    }

    /** Live records with a name containing the text, at most 200. */
    List<EntityRecord> containing(String entity, String text) {
        String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        String latin = entity.equals("person") ? " OR lower(latin_name) LIKE :like" : "";
        return jdbc.sql("SELECT * FROM enforcement." + table(entity) + " WHERE merged_into IS NULL AND (lower(name) LIKE :like"
                + latin + " OR EXISTS (SELECT 1 FROM unnest(other_names) o WHERE lower(o) LIKE :like)) ORDER BY id LIMIT 200")
                .param("like", like).query((rs, n) -> entityRecord(entity, rs)).list();
    }

    /** The ids of the cases linked to the record. */
    List<Long> caseIds(String entity, long id) {
        return jdbc.sql("SELECT case_id FROM enforcement.case_" + entity + " WHERE " + entity + "_id = ? ORDER BY case_id")
                .param(id).query((row, number) -> row.getLong(1)).list();
    }

    List<EntityMerges.LinkedCase> linkedCases(String entity, long id) {
        return jdbc.sql("SELECT c.id, c.reference FROM enforcement.case_" + entity + " l JOIN enforcement.case_record c"
                        + " ON c.id = l.case_id WHERE l." + entity + "_id = ? ORDER BY c.id")
                .param(id).query((rs, n) -> new EntityMerges.LinkedCase(rs.getLong("id"), rs.getString("reference"))).list();
    }

    /** The cases linked to each of the records, by record id: one read for a whole list of records found. */
    Map<Long, List<EntityMerges.LinkedCase>> linkedCases(String entity, List<Long> ids) {
        Map<Long, List<EntityMerges.LinkedCase>> linked = new LinkedHashMap<>();
        jdbc.sql("SELECT l." + entity + "_id AS record_id, c.id, c.reference FROM enforcement.case_" + entity
                        + " l JOIN enforcement.case_record c ON c.id = l.case_id WHERE l." + entity
                        + "_id = ANY (:ids) ORDER BY c.id")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    linked.computeIfAbsent(rs.getLong("record_id"), id -> new java.util.ArrayList<>())
                            .add(new EntityMerges.LinkedCase(rs.getLong("id"), rs.getString("reference")));
                });
        return linked;
    }

    /** The owning unit of each case linked to the record. */
    Map<Long, String> caseUnits(String entity, long id) {
        Map<Long, String> units = new LinkedHashMap<>();
        jdbc.sql("SELECT c.id, c.owning_unit FROM enforcement.case_" + entity + " l JOIN enforcement.case_record c"
                        + " ON c.id = l.case_id WHERE l." + entity + "_id = ? ORDER BY c.id")
                .param(id).query(rs -> {
                    units.put(rs.getLong("id"), rs.getString("owning_unit"));
                });
        return units;
    }

    /**
     * Moves every case link of {@code merged} to {@code survivor}, gives the survivor the merged
     * record's names (and, for a person, its documents), turns the merged record into a tombstone
     * (and any record that pointed to it now points to the survivor), and writes the history row.
     */
    Merge merge(EntityRecord survivor, EntityRecord merged, String by, Instant at) {
        String entity = survivor.entity();
        String links = "enforcement.case_" + entity;
        String column = entity + "_id";
        List<Long> moved = caseIds(entity, merged.id());
        jdbc.sql("INSERT INTO " + links + " (case_id, " + column + ") SELECT case_id, :survivor FROM " + links
                        + " WHERE " + column + " = :merged ON CONFLICT DO NOTHING")
                .param("survivor", survivor.id()).param("merged", merged.id()).update();
        jdbc.sql("DELETE FROM " + links + " WHERE " + column + " = ?").param(merged.id()).update();
        List<String> names = new java.util.ArrayList<>(survivor.otherNames());
        merged.allNames().stream().filter(name -> !survivor.allNames().contains(name) && !names.contains(name))
                .forEach(names::add);
        jdbc.sql("UPDATE enforcement." + table(entity) + " SET other_names = :names WHERE id = :id")
                .param("names", names.toArray(String[]::new)).param("id", survivor.id()).update();
        if (entity.equals("person")) {
            // The survivor's own document types stay; the merged record's fill in the rest.
            jdbc.sql("""
                    UPDATE enforcement.person SET documents = ARRAY(SELECT DISTINCT d FROM unnest(documents || :documents) d ORDER BY d),
                        document_types = CAST(:types AS jsonb) || document_types
                    WHERE id = :id""")
                    .param("documents", documents(merged).toArray(String[]::new))
                    .param("types", json.writeValueAsString(merged.details().getOrDefault("documentTypes", Map.of())))
                    .param("id", survivor.id()).update();
        }
        jdbc.sql("UPDATE enforcement." + table(entity) + " SET merged_into = :survivor WHERE id = :merged OR merged_into = :merged")
                .param("survivor", survivor.id()).param("merged", merged.id()).update();
        long id = jdbc.sql("""
                INSERT INTO enforcement.entity_merge (entity, survivor_id, merged_id, survivor, merged, moved_cases,
                    merged_by, merged_at)
                VALUES (:entity, :survivorId, :mergedId, CAST(:survivor AS jsonb), CAST(:merged AS jsonb), :moved, :by, :at)
                RETURNING id""")
                .param("entity", entity).param("survivorId", survivor.id()).param("mergedId", merged.id())
                .param("survivor", json.writeValueAsString(survivor)).param("merged", json.writeValueAsString(merged))
                .param("moved", moved.toArray(Long[]::new)).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
        return new Merge(id, entity, survivor.id(), merged.id(), survivor, merged, moved, by, at);
    }

    /** The merges the record took part in, either side, oldest first. */
    List<Merge> history(String entity, long id) {
        return jdbc.sql("""
                SELECT * FROM enforcement.entity_merge WHERE entity = :entity AND (survivor_id = :id OR merged_id = :id)
                ORDER BY id""")
                .param("entity", entity).param("id", id)
                .query((rs, n) -> new Merge(rs.getLong("id"), rs.getString("entity"), rs.getLong("survivor_id"),
                        rs.getLong("merged_id"), json.readValue(rs.getString("survivor"), EntityRecord.class),
                        json.readValue(rs.getString("merged"), EntityRecord.class),
                        Arrays.asList((Long[]) rs.getArray("moved_cases").getArray()), rs.getString("merged_by"),
                        rs.getTimestamp("merged_at").toInstant()))
                .list();
    }

    /** Live records that absorbed others: the only ones the name index holds apart from the cases. */
    List<EntityRecord> withOtherNames(String entity) {
        return jdbc.sql("SELECT * FROM enforcement." + table(entity)
                        + " WHERE merged_into IS NULL AND cardinality(other_names) > 0 ORDER BY id")
                .query((rs, n) -> entityRecord(entity, rs)).list();
    }

    @SuppressWarnings("unchecked")
    private static List<String> documents(EntityRecord record) {
        Object documents = record.details().get("documents");
        return documents instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static String table(String entity) {
        return switch (entity) {
            case "person" -> "person";
            case "company" -> "company";
            default -> throw new IllegalArgumentException("not a mergeable entity: " + entity);
        };
    }

    private EntityRecord entityRecord(String entity, ResultSet rs) throws SQLException {
        Map<String, Object> details = new LinkedHashMap<>();
        String latinName = null;
        if (entity.equals("person")) {
            latinName = rs.getString("latin_name");
            if (rs.getDate("date_of_birth") != null) {
                details.put("dateOfBirth", rs.getDate("date_of_birth").toLocalDate().toString());
            }
            if (rs.getString("nationality") != null) {
                details.put("nationality", rs.getString("nationality"));
            }
            details.put("documents", strings(rs.getArray("documents")));
            Map<?, ?> types = json.readValue(rs.getString("document_types"), Map.class);
            if (!types.isEmpty()) {
                details.put("documentTypes", types);
            }
        }
        else {
            details.put("address", rs.getString("address"));
            if (rs.getString("tax_number") != null) {
                details.put("taxNumber", rs.getString("tax_number"));
            }
        }
        long mergedInto = rs.getLong("merged_into");
        Long tombstoneOf = rs.wasNull() ? null : mergedInto;
        return new EntityRecord(entity, rs.getLong("id"), rs.getString("name"), latinName, details,
                strings(rs.getArray("other_names")), tombstoneOf);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
