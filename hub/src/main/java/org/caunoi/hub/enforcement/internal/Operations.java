package org.caunoi.hub.enforcement.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.Coded;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint operations (names in English and Vietnamese, organisers, participating partners, phases,
 * target categories), the cases tagged to them, and their totals, always computed from the tagged
 * cases that are not withdrawn: never typed in, and never added up across units.
 */
@Service
public class Operations {

    private final JdbcClient jdbc;
    private final Partners partners;
    private final CaseStore cases;
    private final AuditTrail audit;
    private final Clock clock;

    Operations(JdbcClient jdbc, Partners partners, CaseStore cases, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    public record Phase(@Nullable String name, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    /**
     * @param name the operation's English name; it or {@code nameVi}, the Vietnamese one, may be left out
     * @param code the operation's shared code, the same at every participant's hub (optional)
     */
    public record OperationInput(@Nullable String name, @Nullable String nameVi, @Nullable String code,
            @Nullable List<String> organisers, @Nullable List<String> partners,
            @Coded(CaseCodes.Categories.class) @Nullable List<String> categories, @Nullable List<Phase> phases) {
    }

    /** An operation; at least one of its names is there. */
    public record Operation(long id, @Nullable String name, @Nullable String nameVi, @Nullable String code,
            List<String> organisers, List<String> partners, List<String> categories, List<Phase> phases) {

        /** The name a reader of that language sees, the other one where it has only one. */
        public String name(java.util.Locale locale) {
            return OperationNames.in(locale, name, nameVi);
        }
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    /**
     * Cases and quantities, each unit summed on its own (weights in kilograms, counts and volumes as
     * written), never one unit added to another: per category and unit, per phase, category and unit
     * ({@code ""} for cases tagged to no phase), and per unit and category, the units in the order
     * cases are recorded in.
     */
    public record Totals(int cases, Map<String, Map<String, BigDecimal>> byCategory,
            Map<String, Map<String, Map<String, BigDecimal>>> byPhase, Map<String, Map<String, BigDecimal>> byUnit) {
    }

    @Transactional
    public Operation create(Officer officer, OperationInput input) {
        if (!officer.mayManageOperations()) {
            throw new AccessDeniedException("joint operations are managed by investigators, supervisors and liaison officers");
        }
        long id = insert(input, officer.username());
        audit.record("CREATE", "enforcement-operation", String.valueOf(id), named(input));
        return find(id).orElseThrow();
    }

    /** An operation the hub sets up itself (the demo's, from the cooperation facts): the same checks, no officer. */
    @Transactional
    Operation createAs(String actor, OperationInput input) {
        long id = insert(input, actor);
        audit.recordAs(actor, "CREATE", "enforcement-operation", String.valueOf(id), named(input));
        return find(id).orElseThrow();
    }

    /**
     * Changes what an operation is: names, code, organisers, partners, categories and phases. A phase
     * kept by name keeps its tagged cases; a phase that has cases tagged to it cannot be left out.
     */
    @Transactional
    public Operation update(Officer officer, long id, OperationInput input) {
        if (!officer.mayManageOperations()) {
            throw new AccessDeniedException("joint operations are managed by investigators, supervisors and liaison officers");
        }
        Operation before = find(id).orElseThrow(() -> new CaseNotFoundException("operation", id));
        checked(input, before);
        List<String> kept = kept(input);
        jdbc.sql("""
                UPDATE enforcement.operation SET name = :name, name_vi = :nameVi, code = :code, organisers = :organisers,
                    partners = :partners, categories = :categories WHERE id = :id""")
                .param("name", blankless(input.name()), java.sql.Types.VARCHAR)
                .param("nameVi", blankless(input.nameVi()), java.sql.Types.VARCHAR)
                .param("code", code(input), java.sql.Types.VARCHAR)
                .param("organisers", organisers(input)).param("partners", orEmpty(input.partners()).toArray(String[]::new))
                .param("categories", orEmpty(input.categories()).toArray(String[]::new)).param("id", id).update();
        jdbc.sql("DELETE FROM enforcement.operation_phase WHERE operation_id = ? AND NOT (name = ANY (?))")
                .param(id).param(kept.toArray(String[]::new)).update();
        savePhases(id, orEmpty(input.phases()));
        audit.record("UPDATE", "enforcement-operation", String.valueOf(id), named(input));
        return find(id).orElseThrow();
    }

    /**
     * Checks what a form or the API would make of a new operation ({@code id} null) or of operation
     * {@code id}, storing nothing: every fault at once, by field, so that a form refused for one
     * field (a date that does not parse) shows the others' too.
     */
    @Transactional(readOnly = true)
    public void check(OperationInput input, @Nullable Long id) {
        checked(input, id == null ? null : find(id).orElseThrow(() -> new CaseNotFoundException("operation", id)));
    }

    /** Throws every fault of the input at once; {@code before} is the operation it changes (null: a new one). */
    private void checked(OperationInput input, @Nullable Operation before) {
        List<InvalidInputException.FieldError> errors = faults(input, before == null ? null : before.id());
        if (before != null) {
            List<String> kept = kept(input);
            for (Phase phase : before.phases()) {
                String dropped = Objects.requireNonNull(phase.name(), "stored phases have names");
                if (!kept.contains(dropped) && casesIn(before.id(), dropped) > 0) {
                    errors.add(new InvalidInputException.FieldError("phases", "phase-has-cases", List.of(dropped)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, InvalidInputException.OPERATION);
        }
    }

    /** The names of the phases the input keeps. */
    private static List<String> kept(OperationInput input) {
        List<String> kept = new ArrayList<>();
        for (Phase phase : orEmpty(input.phases())) {
            if (phase.name() != null) {
                kept.add(phase.name().strip());
            }
        }
        return kept;
    }

    /** Checks the input and stores the operation with its phases; returns its id. */
    private long insert(OperationInput input, String createdBy) {
        checked(input, null);
        long id = jdbc.sql("""
                INSERT INTO enforcement.operation (name, name_vi, code, organisers, partners, categories, created_by, created_at)
                VALUES (:name, :nameVi, :code, :organisers, :partners, :categories, :by, :at) RETURNING id""")
                .param("name", blankless(input.name()), java.sql.Types.VARCHAR)
                .param("nameVi", blankless(input.nameVi()), java.sql.Types.VARCHAR)
                .param("code", code(input), java.sql.Types.VARCHAR)
                .param("organisers", organisers(input))
                .param("partners", orEmpty(input.partners()).toArray(String[]::new))
                .param("categories", orEmpty(input.categories()).toArray(String[]::new))
                .param("by", createdBy).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        savePhases(id, orEmpty(input.phases()));
        return id;
    }

    /** Every field at fault; {@code self} is the operation being changed, whose own code is not taken. */
    private List<InvalidInputException.FieldError> faults(OperationInput input, @Nullable Long self) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (blankless(input.name()) == null && blankless(input.nameVi()) == null) {
            // One name is enough: each screen falls back to the other language's.
            errors.add(new InvalidInputException.FieldError("name", "operation-name", List.of()));
        }
        String code = code(input);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add(new InvalidInputException.FieldError("code", "operation-code", List.of(code)));
        }
        else if (code != null && byCode(code).filter(other -> !Long.valueOf(other.id()).equals(self)).isPresent()) {
            errors.add(new InvalidInputException.FieldError("code", "operation-code-taken", List.of(code)));
        }
        List<String> categories = orEmpty(input.categories());
        for (int i = 0; i < categories.size(); i++) {
            if (!CaseCodes.CATEGORIES.contains(categories.get(i))) {
                errors.add(new InvalidInputException.FieldError("categories[" + i + "]", "one-of",
                        List.of(categories.get(i), String.join(", ", CaseCodes.CATEGORIES))));
            }
        }
        List<String> participants = orEmpty(input.partners());
        for (int i = 0; i < participants.size(); i++) {
            if (partners.partner(participants.get(i)).isEmpty()) {
                errors.add(new InvalidInputException.FieldError("partners[" + i + "]", "unknown-partner",
                        List.of(participants.get(i))));
            }
        }
        List<Phase> phases = orEmpty(input.phases());
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            if (phase.name() == null || phase.name().isBlank()) {
                errors.add(new InvalidInputException.FieldError("phases[" + i + "].name", "required", List.of()));
            }
            else if (!names.add(phase.name().strip())) {
                // Phases are told apart by name: cases are tagged to a phase by its name.
                errors.add(new InvalidInputException.FieldError("phases[" + i + "].name", "phase-twice",
                        List.of(phase.name().strip())));
            }
            if (phase.from() != null && phase.to() != null && phase.to().isBefore(phase.from())) {
                errors.add(new InvalidInputException.FieldError("phases[" + i + "].to", "before-start", List.of()));
            }
        }
        return errors;
    }

    private void savePhases(long operationId, List<Phase> phases) {
        for (Phase phase : phases) {
            jdbc.sql("""
                    INSERT INTO enforcement.operation_phase (operation_id, name, starts_on, ends_on) VALUES (?, ?, ?, ?)
                    ON CONFLICT (operation_id, name) DO UPDATE SET starts_on = excluded.starts_on, ends_on = excluded.ends_on""")
                    .param(operationId).param(Objects.requireNonNull(phase.name(), "required, checked").strip())
                    .param(phase.from()).param(phase.to()).update();
        }
    }

    private long casesIn(long operationId, String phase) {
        return jdbc.sql("SELECT count(*) FROM enforcement.operation_case WHERE operation_id = ? AND phase = ?")
                .param(operationId).param(phase).query(Long.class).single();
    }

    private static @Nullable String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Both names, as the audit trail keeps them. */
    private static String named(OperationInput input) {
        String name = blankless(input.name());
        String nameVi = blankless(input.nameVi());
        return name == null ? Objects.requireNonNull(nameVi, "one name, checked before")
                : nameVi == null ? name : name + " / " + nameVi;
    }

    private static @Nullable String code(OperationInput input) {
        return input.code() == null || input.code().isBlank() ? null
                : input.code().strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String[] organisers(OperationInput input) {
        return orEmpty(input.organisers()).stream().map(String::strip).filter(organiser -> !organiser.isEmpty())
                .toArray(String[]::new);
    }

    public Optional<Operation> find(long id) {
        List<Phase> phases = jdbc.sql("SELECT * FROM enforcement.operation_phase WHERE operation_id = ? ORDER BY starts_on, name")
                .param(id).query((rs, n) -> new Phase(rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class))).list();
        return jdbc.sql("SELECT * FROM enforcement.operation WHERE id = ?").param(id)
                .query((rs, n) -> new Operation(rs.getLong("id"), rs.getString("name"), rs.getString("name_vi"),
                        rs.getString("code"),
                        strings(rs.getArray("organisers")),
                        strings(rs.getArray("partners")), strings(rs.getArray("categories")), phases))
                .optional();
    }

    /**
     * An operation as the list of operations shows it: how many cases are tagged to it, and whether the
     * demo set it up from the cooperation facts.
     */
    public record Listed(long id, @Nullable String name, @Nullable String nameVi, @Nullable String code,
            List<String> partners, List<String> categories, long cases, boolean demo) {

        public String name(java.util.Locale locale) {
            return OperationNames.in(locale, name, nameVi);
        }
    }

    /** Every operation this hub knows, the newest first, with its number of tagged cases. */
    public List<Listed> all() {
        return listed(0, Integer.MAX_VALUE);
    }

    /** The operations of one page of the list, the newest first: {@code limit} of them after the first {@code offset}. */
    public List<Listed> listed(int offset, int limit) {
        return jdbc.sql("""
                SELECT o.id, o.name, o.name_vi, o.code, o.partners, o.categories, o.created_by = :demo AS demo,
                    (SELECT count(*) FROM enforcement.operation_case oc WHERE oc.operation_id = o.id) AS cases
                FROM enforcement.operation o ORDER BY o.id DESC OFFSET :offset LIMIT :limit""")
                .param("demo", DemoOperations.CREATED_BY).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("name"), rs.getString("name_vi"),
                        rs.getString("code"),
                        strings(rs.getArray("partners")), strings(rs.getArray("categories")), rs.getLong("cases"),
                        rs.getBoolean("demo")))
                .list();
    }

    /** How many operations this hub knows. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM enforcement.operation").query(Long.class).single();
    }

    /** The operation with this shared code, if this hub takes part in it. */
    public Optional<Operation> byCode(String code) {
        return jdbc.sql("SELECT id FROM enforcement.operation WHERE code = ?").param(code).query(Long.class).optional()
                .flatMap(this::find);
    }

    /** An operation a case is tagged to (its names), and the phase if one was given: what the case page lists. */
    public record Tag(long operationId, @Nullable String operation, @Nullable String operationVi, @Nullable String phase) {

        public String operation(java.util.Locale locale) {
            return OperationNames.in(locale, operation, operationVi);
        }
    }

    public List<Tag> tagsOf(long caseId) {
        return jdbc.sql("""
                SELECT o.id, o.name, o.name_vi, oc.phase FROM enforcement.operation_case oc
                JOIN enforcement.operation o ON o.id = oc.operation_id WHERE oc.case_id = ?
                ORDER BY coalesce(o.name, o.name_vi), o.id""")
                .param(caseId).query((rs, n) -> new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("name_vi"),
                        rs.getString("phase")))
                .list();
    }

    /** Tags a case to the operation (and a phase of it); tagging again moves it to the phase given. */
    @Transactional
    public void tag(Officer officer, long operationId, long caseId, @Nullable String phase) {
        if (!officer.mayManageOperations()) {
            throw new AccessDeniedException("tagging cases to operations needs an investigator, supervisor or liaison officer");
        }
        Operation operation = find(operationId).orElseThrow(() -> new CaseNotFoundException("operation", operationId));
        StoredCase stored = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException("case", caseId));
        if (phase != null && operation.phases().stream().noneMatch(known -> phase.equals(known.name()))) {
            throw InvalidInputException.of("phase", "unknown-phase", phase).about(InvalidInputException.TAG);
        }
        jdbc.sql("""
                INSERT INTO enforcement.operation_case (operation_id, case_id, phase) VALUES (?, ?, ?)
                ON CONFLICT (operation_id, case_id) DO UPDATE SET phase = excluded.phase""")
                .param(operationId).param(caseId).param(phase).update();
        audit.record("TAG", "enforcement-case", stored.reference(), phase == null
                ? Sentences.of("enforcement.audit-details.tagged", operationId)
                : Sentences.of("enforcement.audit-details.tagged-phase", operationId, phase));
    }

    public Totals totals(long operationId) {
        if (find(operationId).isEmpty()) {
            throw new CaseNotFoundException("operation", operationId);
        }
        record Row(@Nullable String phase, String category, @Nullable String unit, @Nullable BigDecimal quantity,
                @Nullable BigDecimal kg) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT oc.phase, c.category, c.unit, c.quantity, c.kg
                FROM enforcement.operation_case oc JOIN enforcement.case_record c ON c.id = oc.case_id
                WHERE oc.operation_id = ? AND c.state = 'active'""")
                .param(operationId)
                .query((rs, n) -> new Row(rs.getString("phase"), rs.getString("category"), rs.getString("unit"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("kg")))
                .list();
        Map<String, Map<String, BigDecimal>> byCategory = new TreeMap<>();
        Map<String, Map<String, Map<String, BigDecimal>>> byPhase = new TreeMap<>();
        for (Row row : rows) {
            var categoryTotals = byCategory.computeIfAbsent(row.category(), category -> new LinkedHashMap<>());
            var phaseTotals = byPhase.computeIfAbsent(row.phase() == null ? "" : row.phase(), phase -> new TreeMap<>())
                    .computeIfAbsent(row.category(), category -> new LinkedHashMap<>());
            for (var totals : List.of(categoryTotals, phaseTotals)) {
                if (row.kg() != null) {
                    totals.merge("kg", row.kg(), BigDecimal::add);
                }
                else if (row.unit() != null && row.quantity() != null) {
                    totals.merge(row.unit(), row.quantity(), BigDecimal::add);
                }
            }
        }
        byCategory.values().forEach(Operations::plain);
        byPhase.values().forEach(categories -> categories.values().forEach(Operations::plain));
        return new Totals(rows.size(), byCategory, byPhase, byUnit(byCategory));
    }

    /** The totals turned round: per unit, each category's quantity in it; the units as recorded, weights first. */
    private static Map<String, Map<String, BigDecimal>> byUnit(Map<String, Map<String, BigDecimal>> byCategory) {
        Map<String, Map<String, BigDecimal>> byUnit = new TreeMap<>(java.util.Comparator
                .comparingInt((String unit) -> CaseCodes.UNITS.contains(unit) ? CaseCodes.UNITS.indexOf(unit) : Integer.MAX_VALUE)
                .thenComparing(java.util.Comparator.naturalOrder()));
        byCategory.forEach((category, units) -> units.forEach((unit, quantity) ->
                byUnit.computeIfAbsent(unit, none -> new TreeMap<>()).put(category, quantity)));
        return byUnit;
    }

    /** 15.500 as 15.5 and 1000.000 as 1000, not 1E+3. */
    private static void plain(Map<String, BigDecimal> totals) {
        totals.replaceAll((unit, value) -> {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        });
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
