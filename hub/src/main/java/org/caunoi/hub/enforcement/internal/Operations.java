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
import org.caunoi.hub.platform.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint operations (name, organisers, participating partners, phases, target categories), the
 * cases tagged to them, and their totals, always computed from the tagged cases that are not
 * withdrawn: never typed in.
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

    /** @param code the operation's shared code, the same at every participant's hub (optional) */
    public record OperationInput(@Nullable String name, @Nullable String code, @Nullable List<String> organisers,
            @Nullable List<String> partners, @Nullable List<String> categories, @Nullable List<Phase> phases) {
    }

    public record Operation(long id, String name, @Nullable String code, List<String> organisers,
            List<String> partners, List<String> categories, List<Phase> phases) {
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    /** Cases and quantities: per category, each unit summed on its own and weights in kilograms. */
    public record Totals(int cases, Map<String, Map<String, BigDecimal>> byCategory,
            Map<String, Map<String, Map<String, BigDecimal>>> byPhase) {
    }

    @Transactional
    public Operation create(Officer officer, OperationInput input) {
        if (!officer.mayManageOperations()) {
            throw new AccessDeniedException("joint operations are managed by investigators, supervisors and liaison officers");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            errors.add(new InvalidInputException.FieldError("name", "required", List.of()));
        }
        String code = input.code() == null || input.code().isBlank() ? null
                : input.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add(new InvalidInputException.FieldError("code", "operation-code", List.of(code)));
        }
        else if (code != null && byCode(code).isPresent()) {
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
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            if (phase.name() == null || phase.name().isBlank()) {
                errors.add(new InvalidInputException.FieldError("phases[" + i + "].name", "required", List.of()));
            }
            if (phase.from() != null && phase.to() != null && phase.to().isBefore(phase.from())) {
                errors.add(new InvalidInputException.FieldError("phases[" + i + "].to", "before-start", List.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = Objects.requireNonNull(input.name(), "required, checked above").strip();
        long id = jdbc.sql("""
                INSERT INTO enforcement.operation (name, code, organisers, partners, categories, created_by, created_at)
                VALUES (:name, :code, :organisers, :partners, :categories, :by, :at) RETURNING id""")
                .param("name", name).param("code", code, java.sql.Types.VARCHAR).param("organisers", orEmpty(input.organisers()).toArray(String[]::new))
                .param("partners", participants.toArray(String[]::new)).param("categories", categories.toArray(String[]::new))
                .param("by", officer.username()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (Phase phase : phases) {
            jdbc.sql("INSERT INTO enforcement.operation_phase (operation_id, name, starts_on, ends_on) VALUES (?, ?, ?, ?)")
                    .param(id).param(Objects.requireNonNull(phase.name(), "required, checked above").strip())
                    .param(phase.from()).param(phase.to()).update();
        }
        audit.record("CREATE", "enforcement-operation", String.valueOf(id), name);
        return find(id).orElseThrow();
    }

    public Optional<Operation> find(long id) {
        List<Phase> phases = jdbc.sql("SELECT * FROM enforcement.operation_phase WHERE operation_id = ? ORDER BY starts_on, name")
                .param(id).query((rs, n) -> new Phase(rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class))).list();
        return jdbc.sql("SELECT * FROM enforcement.operation WHERE id = ?").param(id)
                .query((rs, n) -> new Operation(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
                        strings(rs.getArray("organisers")),
                        strings(rs.getArray("partners")), strings(rs.getArray("categories")), phases))
                .optional();
    }

    /** An operation as the list of operations shows it: how many cases are tagged to it. */
    public record Listed(long id, String name, @Nullable String code, List<String> partners, List<String> categories,
            long cases) {
    }

    /** Every operation this hub knows, the newest first, with its number of tagged cases. */
    public List<Listed> all() {
        return jdbc.sql("""
                SELECT o.id, o.name, o.code, o.partners, o.categories,
                    (SELECT count(*) FROM enforcement.operation_case oc WHERE oc.operation_id = o.id) AS cases
                FROM enforcement.operation o ORDER BY o.id DESC""")
                .query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("name"), rs.getString("code"),
                        strings(rs.getArray("partners")), strings(rs.getArray("categories")), rs.getLong("cases")))
                .list();
    }

    /** The operation with this shared code, if this hub takes part in it. */
    public Optional<Operation> byCode(String code) {
        return jdbc.sql("SELECT id FROM enforcement.operation WHERE code = ?").param(code).query(Long.class).optional()
                .flatMap(this::find);
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
            throw InvalidInputException.of("phase", "unknown-phase", phase);
        }
        jdbc.sql("""
                INSERT INTO enforcement.operation_case (operation_id, case_id, phase) VALUES (?, ?, ?)
                ON CONFLICT (operation_id, case_id) DO UPDATE SET phase = excluded.phase""")
                .param(operationId).param(caseId).param(phase).update();
        audit.record("TAG", "enforcement-case", stored.reference(), "operation " + operationId
                + (phase == null ? "" : ", phase " + phase));
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
        return new Totals(rows.size(), byCategory, byPhase);
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
