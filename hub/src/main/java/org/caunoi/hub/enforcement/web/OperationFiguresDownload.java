package org.caunoi.hub.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.enforcement.internal.CaseNotFoundException;
import org.caunoi.hub.enforcement.internal.OperationFigures;
import org.caunoi.hub.enforcement.internal.Operations;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.reference.CountryNames;
import org.caunoi.hub.platform.tables.TableChart;
import org.caunoi.hub.platform.tables.TableExport;
import org.caunoi.hub.platform.tables.TableFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A joint operation's figures as a spreadsheet: the tables its page shows (cases, quantities per unit
 * and commodity with a column per phase, cases per route country, the phases, the timeline, the route
 * flows) in the officer's language, the XLSX one with the page's charts as Excel's own, drawn from its
 * rows. Non-nominal counts, for every officer who may open the page.
 */
@Controller
class OperationFiguresDownload {

    private final Operations operations;
    private final OperationFigures figures;
    private final Labels labels;
    private final CountryNames countries;
    private final MessageSource messages;

    OperationFiguresDownload(Operations operations, OperationFigures figures, Labels labels, CountryNames countries,
            MessageSource messages) {
        this.operations = operations;
        this.figures = figures;
        this.labels = labels;
        this.countries = countries;
        this.messages = messages;
    }

    /**
     * One line of the download; a breakdown fills the columns it has. {@code of} is a name, or the first day
     * of a timeline's bucket. {@code perPhase} holds a quantity line's quantity in each phase, by the phase's
     * key in the totals ({@code ""}: tagged to no phase).
     */
    record FigureRow(String breakdown, Object of, @Nullable String unit, @Nullable BigDecimal quantity,
            Map<String, BigDecimal> perPhase, @Nullable Long cases, @Nullable Long departure, @Nullable Long transit,
            @Nullable Long destination, @Nullable LocalDate from, @Nullable LocalDate to) {

        static FigureRow counted(String breakdown, String of, long cases) {
            return new FigureRow(breakdown, of, null, null, Map.of(), cases, null, null, null, null, null);
        }
    }

    @GetMapping("/enforcement/operations/{id}/figures/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format,
            Locale locale) {
        TableFormat tableFormat = TableFormat.parse(format);
        Operations.Operation operation = operations.find(id).orElseThrow(() -> new CaseNotFoundException("operation", id));
        OperationFigures.Figures of = figures.of(id);
        Operations.Totals totals = of.totals();
        List<String> phases = List.copyOf(totals.byPhase().keySet());

        List<FigureRow> rows = new ArrayList<>();
        List<TableChart> charts = new ArrayList<>();
        rows.add(FigureRow.counted(text("enforcement.operation.figures.all", locale), operation.name(locale), totals.cases()));
        quantities(totals, phases, locale, rows, charts);
        for (Operations.Phase phase : operation.phases()) {
            rows.add(new FigureRow(text("enforcement.operation.phases", locale), String.valueOf(phase.name()), null, null,
                    Map.of(), null, null, null, null, phase.from(), phase.to()));
        }
        of.byRouteCountry().forEach((country, counts) -> rows.add(new FigureRow(
                text("enforcement.operation.by-route-country", locale), countries.of(country, locale), null, null, Map.of(),
                counts.cases(), counts.departure(), counts.transit(), counts.destination(), null, null)));
        timeline(of.timeline(), locale, rows, charts);
        for (OperationFigures.Link link : of.flows().links()) {
            rows.add(FigureRow.counted(text("enforcement.operation.routes", locale), flow(link, of.flows(), locale),
                    link.value()));
        }
        return TableExport.of(columns(phases))
                .response(rows, tableFormat, "operation-" + id + "-figures", phaseHeaders(phases, locale), locale, charts);
    }

    /**
     * The quantities, a block of lines per unit (never one unit added to another), each with its chart as
     * the page draws it: a bar per commodity, a series per phase that has any in the unit.
     */
    private void quantities(Operations.Totals totals, List<String> phases, Locale locale, List<FigureRow> rows,
            List<TableChart> charts) {
        totals.byUnit().forEach((unit, byCategory) -> {
            String unitName = labels.of("enforcement.unit", unit);
            String inUnit = messages.getMessage("enforcement.operation.chart-unit", new Object[] {unitName}, locale);
            int first = rows.size();
            List<String> phasesWithAny = new ArrayList<>();
            byCategory.forEach((category, quantity) -> {
                Map<String, BigDecimal> perPhase = new LinkedHashMap<>();
                totals.byPhase().forEach((phase, categories) -> {
                    BigDecimal inPhase = categories.getOrDefault(category, Map.of()).getOrDefault(unit, BigDecimal.ZERO);
                    perPhase.put(phase, inPhase);
                    if (inPhase.signum() != 0 && !phasesWithAny.contains(phase)) {
                        phasesWithAny.add(phase);
                    }
                });
                rows.add(new FigureRow(inUnit, labels.of("enforcement.category", category), unitName, quantity, perPhase,
                        null, null, null, null, null, null));
            });
            charts.add(new TableChart(messages.getMessage("enforcement.operation.figures.chart-unit",
                    new Object[] {unitName}, locale),
                    text("enforcement.category", locale), unitName, first, rows.size() - 1, "of",
                    phases.stream().filter(phasesWithAny::contains).map(phase -> phaseColumn(phases, phase)).toList()));
        });
    }

    /** The timeline's buckets, a line each, by its first day; its chart: cases per bucket. */
    private void timeline(OperationFigures.Timeline timeline, Locale locale, List<FigureRow> rows, List<TableChart> charts) {
        boolean weekly = "week".equals(timeline.bucket());
        String breakdown = text("enforcement.operation.figures.timeline", locale);
        int first = rows.size();
        for (int i = 0; i < timeline.starts().size(); i++) {
            LocalDate start = timeline.starts().get(i);
            rows.add(new FigureRow(breakdown, start, null, null, Map.of(), timeline.cases().get(i),
                    null, null, null, start, weekly ? start.plusDays(6) : start));
        }
        charts.add(new TableChart(breakdown, text(weekly ? "enforcement.operation.figures.week"
                : "enforcement.operation.figures.day", locale), text("enforcement.operation.cases", locale), first,
                rows.size() - 1, "of", List.of("cases")));
    }

    /** A link of the route flows: from a stage and country to the next. */
    private String flow(OperationFigures.Link link, OperationFigures.Flows flows, Locale locale) {
        OperationFigures.Node source = node(flows, link.source());
        OperationFigures.Node target = node(flows, link.target());
        return messages.getMessage("enforcement.operation.figures.flow", new Object[] {stage(source.stage(), locale),
                countries.of(source.country(), locale), stage(target.stage(), locale), countries.of(target.country(), locale)},
                locale);
    }

    private static OperationFigures.Node node(OperationFigures.Flows flows, String name) {
        return flows.nodes().stream().filter(node -> node.name().equals(name)).findFirst().orElseThrow();
    }

    /** {@code departure}, {@code destination}, or {@code transit-2} as the second transit. */
    private String stage(String stage, Locale locale) {
        if (stage.startsWith("transit-")) {
            return messages.getMessage("enforcement.operation.figures.transit-n",
                    new Object[] {Integer.parseInt(stage.substring("transit-".length()))}, locale);
        }
        return text("enforcement.operation.stage." + stage, locale);
    }

    /** The columns, one per phase among them; days written as every export writes them ({@link TableExport}). */
    private static List<TableExport.Column<FigureRow>> columns(List<String> phases) {
        List<TableExport.Column<FigureRow>> columns = new ArrayList<>(List.of(
                TableExport.column("breakdown", "enforcement.operation.figures.breakdown", FigureRow::breakdown),
                TableExport.column("of", "enforcement.operation.figures.of", FigureRow::of),
                TableExport.column("unit", "enforcement.unit", FigureRow::unit),
                TableExport.column("quantity", "enforcement.field.quantity", FigureRow::quantity)));
        for (String phase : phases) {
            String column = phaseColumn(phases, phase);
            columns.add(TableExport.column(column, column, row -> row.perPhase().get(phase)));
        }
        columns.addAll(List.of(
                TableExport.column("cases", "enforcement.operation.cases", FigureRow::cases),
                TableExport.column("departure", "enforcement.operation.stage.departure", FigureRow::departure),
                TableExport.column("transit", "enforcement.operation.stage.transit", FigureRow::transit),
                TableExport.column("destination", "enforcement.operation.stage.destination", FigureRow::destination),
                TableExport.column("from", "enforcement.operation.phase-from", FigureRow::from),
                TableExport.column("to", "enforcement.operation.phase-to", FigureRow::to)));
        return columns;
    }

    /** A phase's column: named by its place, since a phase's own name (typed by an officer) could be any column's. */
    private static String phaseColumn(List<String> phases, String phase) {
        return "phase-" + (phases.indexOf(phase) + 1);
    }

    /** The bundles, and each phase column's header: the phase's name, or the bundles' word for no phase. */
    private MessageSource phaseHeaders(List<String> phases, Locale locale) {
        var headers = new StaticMessageSource();
        headers.setParentMessageSource(messages);
        for (String phase : phases) {
            headers.addMessage(phaseColumn(phases, phase), locale,
                    phase.isEmpty() ? text("enforcement.operation.no-phase", locale) : phase);
        }
        return headers;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
