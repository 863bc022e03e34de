package org.caunoi.hub.enforcement.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caunoi.hub.enforcement.internal.CaseExport;
import org.caunoi.hub.enforcement.internal.CaseImport;
import org.caunoi.hub.enforcement.internal.ImportProgress;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.SheetRefusedException;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Units;
import org.caunoi.hub.platform.tables.ImportChoice;
import org.caunoi.hub.platform.tables.ImportReport;
import org.caunoi.hub.platform.tables.TableFormat;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases in and out as sheets: import a CSV or XLSX file in the CEN template's shape (the file is the
 * request body), export a filtered list or a name search's cases, download the empty template.
 */
@RestController
@RequestMapping("/api/enforcement")
@Tag(name = "Enforcement information")
class CaseTableApiController {

    private final CaseImport imports;
    private final CaseExport export;
    private final MessageSource messages;
    private final Units units;

    CaseTableApiController(CaseImport imports, CaseExport export, MessageSource messages, Units units) {
        this.units = units;
        this.imports = imports;
        this.export = export;
        this.messages = messages;
    }

    /** What an import did; {@code problems} lists the faults of the rows left out when the valid rows were chosen. */
    record Imported(int rowsRead, int imported, List<String> references, List<ImportReport.Line> problems) {
    }

    @PostMapping(path = "/cases/import", consumes = {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/octet-stream"})
    @Operation(summary = "Import cases from a CSV or XLSX sheet in the CEN template's shape; with faults nothing is "
            + "imported (400, every fault by line and column) unless choice=valid-rows-only; a row bearing the reference "
            + "of a case already in the hub (an export read back), or describing the same seizure as a case here or an earlier "
            + "row (day, place, goods, quantity), is reported as a duplicate unless duplicates=import-as-new")
    Imported importCases(@RequestBody byte[] file, @RequestParam String format,
            @RequestParam(defaultValue = "all-or-nothing") String choice, @RequestParam(defaultValue = "report") String duplicates,
            CurrentOfficer user, Locale locale) {
        CaseImport.Outcome outcome = imports.run(Officer.of(user), file, TableFormat.parse(format),
                Codes.parse(ImportChoice.class, "choice", choice),
                Codes.parse(CaseImport.Duplicates.class, "duplicates", duplicates), ImportProgress.unwatched());
        if (outcome.imported() == 0 && outcome.report().hasProblems()) {
            throw new SheetRefusedException(outcome.report());
        }
        return new Imported(outcome.rowsRead(), outcome.imported(), outcome.references(),
                outcome.report().lines(messages, locale));
    }

    @GetMapping("/cases/import-template")
    @Operation(summary = "The empty CEN-shaped template (the header row) as CSV or XLSX")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        return export.template(TableFormat.parse(format), locale);
    }

    @GetMapping("/cases/export")
    @Operation(summary = "This hub's cases the filter lets through (at most 10 000) as CSV or XLSX, each in the form "
            + "the officer may see")
    ResponseEntity<byte[]> exportCases(@ParameterObject CaseApiController.CaseFilterParams filter,
            @RequestParam(defaultValue = "xlsx") String format, CurrentOfficer user, Locale locale) {
        return export.filtered(Officer.of(user), filter.toFilter(units), 10_000, TableFormat.parse(format), locale);
    }

    @GetMapping("/search/export")
    @Operation(summary = "The cases of this hub a name search finds, as CSV or XLSX, each in the form the officer may see")
    ResponseEntity<byte[]> exportSearch(@RequestParam String q, @RequestParam(defaultValue = "xlsx") String format,
            CurrentOfficer user, Locale locale) {
        return export.found(Officer.of(user), q, TableFormat.parse(format), locale);
    }
}
