package org.caunoi.hub.enforcement.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.caunoi.hub.enforcement.internal.CaseExport;
import org.caunoi.hub.enforcement.internal.CaseFilter;
import org.caunoi.hub.enforcement.internal.CaseImport;
import org.caunoi.hub.enforcement.internal.CaseImportJobs;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.tables.ImportChoice;
import org.caunoi.hub.platform.tables.TableFormat;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The screens for cases as sheets: the upload page with the empty templates, the import's progress
 * (htmx asks again every second until it is over) and its report, and the download of the case list
 * or a name search as CSV or XLSX.
 */
@Controller
class CaseTableScreens {

    private final CaseImportJobs jobs;
    private final CaseExport export;
    private final MessageSource messages;

    CaseTableScreens(CaseImportJobs jobs, CaseExport export, MessageSource messages) {
        this.jobs = jobs;
        this.export = export;
        this.messages = messages;
    }

    /** Only for officers who may record cases, as the new-case form: a sheet they could choose but not import would waste their work. */
    @GetMapping("/enforcement/cases/import")
    String uploadPage(CurrentOfficer officer) {
        mayImport(Officer.of(officer));
        return "enforcement/import";
    }

    @PostMapping("/enforcement/cases/import")
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validRowsOnly,
            @RequestParam(defaultValue = "false") boolean duplicatesAsNew, CurrentOfficer officer, Model model)
            throws IOException {
        // Refused before the sheet is looked at, so a refused officer hears the same whatever the file.
        mayImport(Officer.of(officer));
        Optional<TableFormat> format = file == null || file.isEmpty() ? Optional.empty()
                : Optional.ofNullable(file.getOriginalFilename())
                        .map(name -> name.substring(name.lastIndexOf('.') + 1)).flatMap(TableFormat::find);
        if (file == null || format.isEmpty()) {
            model.addAttribute("fileError", "enforcement.import.wrong-file");
            return "enforcement/import";
        }
        CaseImportJobs.Job job = jobs.start(Officer.of(officer), file.getBytes(), format.get(),
                validRowsOnly ? ImportChoice.VALID_ROWS_ONLY : ImportChoice.ALL_OR_NOTHING,
                duplicatesAsNew ? CaseImport.Duplicates.IMPORT_AS_NEW : CaseImport.Duplicates.REPORT);
        return "redirect:/enforcement/cases/import/" + job.id();
    }

    private static void mayImport(Officer officer) {
        if (!officer.mayRecord()) {
            throw new AccessDeniedException("importing cases needs the investigator role");
        }
    }

    @GetMapping("/enforcement/cases/import/{id}")
    String progress(@PathVariable UUID id, CurrentOfficer officer, HtmxRequest htmx, Model model, Locale locale) {
        CaseImportJobs.Job job = jobs.find(officer.username(), id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        model.addAttribute("progress", job.progress());
        model.addAttribute("outcome", job.outcome());
        if (job.outcome() != null) {
            model.addAttribute("problems", job.outcome().report().lines(messages, locale));
        }
        return PageOrFragment.of(htmx, "enforcement/import-progress", "progress");
    }

    @GetMapping("/enforcement/cases/import-template")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        return export.template(TableFormat.parse(format), locale);
    }

    /** The list as shown (the category and partner filters, or the cases a name search found) as a download. */
    @GetMapping("/enforcement/cases/export")
    ResponseEntity<byte[]> download(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String sharedWith,
            @RequestParam(defaultValue = "xlsx") String format,
            CurrentOfficer user, Locale locale) {
        Officer officer = Officer.of(user);
        TableFormat tableFormat = TableFormat.parse(format);
        if (!q.isBlank()) {
            return export.found(officer, q, tableFormat, locale);
        }
        String partner = sharedWith.strip().toUpperCase(Locale.ROOT);
        return export.filtered(officer, CaseFilter.of(category.isBlank() ? null : category, partner.isEmpty() ? null : partner),
                500, tableFormat, locale);
    }
}
