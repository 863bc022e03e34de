package org.caunoi.hub.enforcement.internal;

import java.util.List;
import java.util.Locale;

import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.reference.CountryNames;
import org.caunoi.hub.platform.security.Units;
import org.caunoi.hub.platform.tables.TableExport;
import org.caunoi.hub.platform.tables.TableFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A list of cases (a filtered list or the cases a name search found) as a CSV or XLSX download in
 * the CEN template's columns, each case in the form the officer may see: analysts, viewers and other
 * units get the non-nominal form. Every export is audited, and each case exported in full as a nominal read.
 */
@Service
public class CaseExport {

    private final CaseForms caseForms;
    private final CaseStore store;
    private final CaseSearch search;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final HubProperties hub;
    private final CountryNames countries;
    private final Labels labels;
    private final Units units;

    CaseExport(CaseForms caseForms, CaseStore store, CaseSearch search, AuditTrail audit, MessageSource messages, HubProperties hub,
            CountryNames countries, Labels labels, Units units) {
        this.units = units;
        this.countries = countries;
        this.labels = labels;
        this.caseForms = caseForms;
        this.store = store;
        this.search = search;
        this.audit = audit;
        this.messages = messages;
        this.hub = hub;
    }

    /** The cases the filter lets through (at most {@code limit}), newest first. */
    @Transactional
    public ResponseEntity<byte[]> filtered(Officer officer, CaseFilter filter, int limit, TableFormat format,
            Locale locale) {
        return download(officer, store.filtered(filter, limit), format, locale, "enforcement.audit-details.exported-filter",
                filter);
    }

    /** This hub's cases a name search finds, best hit first (received cases are the sender's to share). */
    @Transactional
    public ResponseEntity<byte[]> found(Officer officer, String query, TableFormat format, Locale locale) {
        List<StoredCase> cases = search.search(officer, query).stream().filter(hit -> hit.source().equals(hub.node()))
                .map(CaseSearch.SearchHit::caseId).distinct().map(store::find).flatMap(java.util.Optional::stream).toList();
        return download(officer, cases, format, locale, "enforcement.audit-details.exported-search", query);
    }

    /** The audit trail says what was exported with {@code sentence}: a filter's or a name search's, {@code what}. */
    private ResponseEntity<byte[]> download(Officer officer, List<StoredCase> cases, TableFormat format, Locale locale,
            String sentence, Object what) {
        List<CenTemplate.ExportedCase> rows = cases.stream().map(stored -> officer.seesNominal(stored.owningUnit())
                ? new CenTemplate.ExportedCase(stored, CaseForms.NOMINAL, stored.content())
                : new CenTemplate.ExportedCase(stored, CaseForms.NON_NOMINAL, caseForms.nonNominal(stored.content())))
                .toList();
        List<String> nominal = rows.stream().filter(row -> row.form().equals(CaseForms.NOMINAL))
                .map(row -> row.stored().reference()).toList();
        audit.record("EXPORT", "enforcement-case", null, Sentences.of(sentence, rows.size(), format.extension(), what,
                nominal.size()));
        // Each case exported in full is a nominal read, as if opened on screen.
        nominal.forEach(reference -> audit.record("READ", "enforcement-case", reference,
                Sentences.of("enforcement.audit-details.read-export")));
        return TableExport.of(CenTemplate.exportColumns(names(locale))).response(rows, format, "enforcement-cases", messages, locale);
    }

    /** Codes as the officer reads them on screen, in {@code locale}. */
    private CenTemplate.CodeNames names(Locale locale) {
        return new CenTemplate.CodeNames() {
            @Override
            public String of(String family, String code) {
                return labels.orCode("enforcement." + family, code, locale);
            }

            @Override
            public String unit(String code) {
                return units.name(code, locale);
            }

            @Override
            public String country(String code) {
                return countries.of(code, locale);
            }
        };
    }

    /** The empty template: the header row only, in the officer's language. */
    public ResponseEntity<byte[]> template(TableFormat format, Locale locale) {
        return TableExport.<CaseInput>of(CenTemplate.COLUMNS.stream()
                        .map(column -> TableExport.<CaseInput>column(column.name(), column.headerKey(), content -> null))
                        .toList())
                .response(List.of(), format, "cen-seizure-template", messages, locale);
    }
}
