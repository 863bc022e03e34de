package org.caunoi.hub.enforcement.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.caunoi.hub.platform.reference.CountryNames;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.AfterCommit;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.tables.ImportChoice;
import org.caunoi.hub.platform.tables.ImportReport;
import org.caunoi.hub.platform.tables.TableFormat;
import org.caunoi.hub.platform.tables.TableImport;
import org.caunoi.hub.platform.tables.TableRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports cases from a CSV or XLSX sheet in the CEN template's shape: every row goes through the
 * same checks as a case typed in, each fault reported by line and column; nothing is stored from a
 * file with faults unless the officer chose its valid rows, and what is stored goes in one
 * transaction, audited once, with the names indexed after the commit.
 */
@Service
public class CaseImport {

    /** More rows than this and a sheet is refused: a bigger one goes in parts. */
    public static final int MAX_ROWS = 50_000;

    private final CaseChecks checks;
    private final CaseStore store;
    private final CaseBulkInsert bulk;
    private final CaseNameIndex names;
    private final AuditTrail audit;
    private final HubProperties hub;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseImport(CaseChecks checks, CaseStore store, CaseBulkInsert bulk, CaseNameIndex names, AuditTrail audit, HubProperties hub,
            MessageSource messages, TransactionTemplate transaction, Clock clock) {
        this.checks = checks;
        this.store = store;
        this.bulk = bulk;
        this.names = names;
        this.audit = audit;
        this.hub = hub;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * What to do with a row that is already in the hub: one an export wrote, bearing the reference of one of the
     * hub's cases, or one that describes the same seizure as a case here or an earlier row ({@link SameSeizure}).
     */
    public enum Duplicates {
        /** Reported in the row's reference column, as a fault is: nothing is imported from the row. */
        REPORT,
        /** Imported all the same, as a new case with a reference of its own. */
        IMPORT_AS_NEW
    }

    /** How an import ended: rows read, cases stored (none when the file had faults and all were asked for), the faults. */
    public record Outcome(int rowsRead, int imported, List<String> references, ImportReport<CaseInput> report) {
    }

    /** Checks the file and stores its cases, telling {@code progress} how far it got. */
    public Outcome run(Officer officer, byte[] file, TableFormat format, ImportChoice choice, Duplicates duplicates,
            ImportProgress progress) {
        if (!officer.mayRecord()) {
            throw new AccessDeniedException("importing cases needs the investigator role");
        }
        progress.checking();
        // The line each reference was first seen on: a file may hold the same exported case twice.
        Map<String, Integer> seen = new HashMap<>();
        LikelyDuplicates likely = new LikelyDuplicates();
        ImportReport<CaseInput> report = TableImport.of(CenTemplate.IMPORT_COLUMNS, row -> {
            progress.rowChecked();
            Checked checked = checked(row);
            if (duplicates == Duplicates.REPORT && !reportDuplicate(row, seen) && checked.valid()) {
                likely.report(row, checked.input());
            }
            return checked.input();
        }, messages).withMaxRows(MAX_ROWS).read(new ByteArrayInputStream(file), format);
        List<CaseInput> accepted = report.accepted(choice);
        progress.storing(accepted.size());
        List<String> references = accepted.isEmpty() ? List.of() : transaction.execute(status -> store(officer, accepted,
                report, format, progress));
        progress.done();
        return new Outcome(report.rowsRead(), references.size(), references, report);
    }

    private List<String> store(Officer officer, List<CaseInput> accepted, ImportReport<CaseInput> report,
            TableFormat format, ImportProgress progress) {
        Instant now = clock.instant();
        List<String> references = store.nextReferences(hub.node(), LocalDate.now(clock).getYear(), accepted.size());
        // In chunks of a few statements each (CaseBulkInsert): row by row, an import ran at a few dozen rows a second.
        List<Long> ids = bulk.insertAll(references, officer.unit().code(), accepted, officer.username(), now,
                progress::rowsStored);
        Map<Long, CaseInput> stored = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            stored.put(ids.get(i), accepted.get(i));
        }
        audit.recordAs(officer.username(), "IMPORT", "enforcement-case", references.getFirst(),
                Sentences.of("enforcement.audit-details.imported", references.size(), format.extension(), report.rowsRead(),
                        report.problems().size(), references.getFirst(), references.getLast()));
        AfterCommit.run(() -> names.addAll("case", stored));
        return references;
    }

    /**
     * Notes on the row that its case is in the hub already: an exported case read back would otherwise be a second case
     * of the same seizure. A received case's reference is the sender's and is not among this hub's. True when it noted one.
     */
    private boolean reportDuplicate(TableRow row, Map<String, Integer> seen) {
        String reference = row.text(CenTemplate.REFERENCE.name());
        if (reference.isEmpty()) {
            return false;
        }
        Integer firstLine = seen.putIfAbsent(reference, row.line());
        if (firstLine != null) {
            row.problem(CenTemplate.REFERENCE.name(), "enforcement.import.duplicate-in-file", reference,
                    String.valueOf(firstLine));
            return true;
        }
        if (store.referenceExists(reference)) {
            row.problem(CenTemplate.REFERENCE.name(), "enforcement.import.duplicate", reference);
            return true;
        }
        return false;
    }

    /**
     * Rows without the hub's reference (a sheet typed by hand) that describe a seizure already here, or one an
     * earlier row of the file describes: reported in the reference column, naming the case. Every officer may
     * open every case of the hub, in the form their unit and roles allow, so naming its reference reveals
     * nothing the importer could not see. The day's cases are read once per day the sheet names.
     */
    private final class LikelyDuplicates {

        private final Map<LocalDate, Map<String, List<CaseStore.Seized>>> storedByDay = new HashMap<>();
        private final Map<String, List<Map.Entry<SameSeizure, Integer>>> rowsByKey = new HashMap<>();

        void report(TableRow row, CaseInput input) {
            SameSeizure seizure = SameSeizure.of(input);
            if (seizure == null) {
                return;
            }
            List<Map.Entry<SameSeizure, Integer>> earlier = rowsByKey.computeIfAbsent(seizure.key(), key -> new ArrayList<>());
            Optional<String> stored = storedByDay.computeIfAbsent(seizure.date(), day -> store.seizedOn(day).stream()
                            .collect(java.util.stream.Collectors.groupingBy(seized -> seized.seizure().key())))
                    .getOrDefault(seizure.key(), List.of()).stream()
                    .filter(seized -> seized.seizure().same(seizure)).map(CaseStore.Seized::reference).findFirst();
            Optional<Integer> line = earlier.stream().filter(entry -> entry.getKey().same(seizure))
                    .map(Map.Entry::getValue).findFirst();
            earlier.add(Map.entry(seizure, row.line()));
            if (stored.isPresent()) {
                row.problem(CenTemplate.REFERENCE.name(), "enforcement.import.likely-duplicate", stored.get());
            }
            else if (line.isPresent()) {
                row.problem(CenTemplate.REFERENCE.name(), "enforcement.import.likely-duplicate-in-file",
                        String.valueOf(line.get()));
            }
        }
    }

    /** The coded columns' codes by their names on screen, in both languages ("ma tuy" → drugs). */
    private final java.util.concurrent.ConcurrentMap<String, java.util.Map<String, String>> codesByName =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A code as written, or as the screens name it in either language; the checks refuse anything else. */
    private String code(String column, String text) {
        java.util.Map<String, String> byName = codesByName.computeIfAbsent(column, family -> {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            for (String code : CaseCodes.codes(family)) {
                for (java.util.Locale language : List.of(java.util.Locale.of("vi"), java.util.Locale.ENGLISH)) {
                    String name = messages.getMessage("enforcement." + family + "." + code, null, null, language);
                    if (name != null) {
                        names.putIfAbsent(CountryNames.normalised(name), code);
                    }
                }
            }
            return java.util.Map.copyOf(names);
        });
        return byName.getOrDefault(CountryNames.normalised(text), text);
    }

    /** A row's case: as the checks made it when {@code valid}, as read otherwise. */
    private record Checked(CaseInput input, boolean valid) {
    }

    /** The row as a checked case; each fault noted on the row, in the column it belongs to. */
    private Checked checked(TableRow row) {
        Set<String> unreadable = new HashSet<>();
        for (String column : List.of("date", "quantity", "value", "person-date-of-birth")) {
            if (!row.text(column).isEmpty()) {
                unreadable.add(column);
            }
        }
        CaseInput input = CenTemplate.read(row, this::code);
        unreadable.removeIf(column -> readBack(input, column));
        try {
            return new Checked(checks.checked(input), unreadable.isEmpty());
        }
        catch (InvalidInputException invalid) {
            for (InvalidInputException.FieldError error : invalid.fieldErrors()) {
                String column = CenTemplate.column(error.field());
                if (!unreadable.contains(column)) {
                    row.problem(column, error.messageKey(), error.args().toArray());
                }
            }
            return new Checked(input, false);
        }
    }

    /** Whether a cell with text in it was read (and so any fault in it is the checks' to report). */
    private static boolean readBack(CaseInput input, String column) {
        return switch (column.toLowerCase(Locale.ROOT)) {
            case "date" -> input.date() != null;
            case "quantity" -> input.quantity() != null && input.quantity().value() != null;
            case "value" -> input.value() != null && input.value().amount() != null;
            default -> !input.personList().isEmpty() && input.personList().getFirst().dateOfBirth() != null;
        };
    }
}
