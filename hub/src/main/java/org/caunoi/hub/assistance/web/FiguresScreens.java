package org.caunoi.hub.assistance.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

import org.caunoi.hub.assistance.internal.AssistanceRequests;
import org.caunoi.hub.assistance.internal.Figures;
import org.caunoi.hub.assistance.internal.ListScope;
import org.caunoi.hub.assistance.internal.PartnerNames;
import org.caunoi.hub.assistance.internal.RequestKind;
import org.caunoi.hub.assistance.internal.Subject;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.problem.ParameterOutOfRangeException;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.tables.TableChart;
import org.caunoi.hub.platform.tables.TableExport;
import org.caunoi.hub.platform.tables.TableFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The year's figures on one page — requests received and sent, per partner, kind and subject, how
 * long answers took, with charts — each number a link to the list of the requests it counts; and the
 * same as a spreadsheet.
 */
@Controller
class FiguresScreens {

    private final Figures figures;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final Labels labels;
    private final PartnerNames partners;
    private final AssistanceRequests requests;

    FiguresScreens(Figures figures, MessageSource messages, JsonMapper json, Clock clock, Labels labels,
            PartnerNames partners, AssistanceRequests requests) {
        this.partners = partners;
        this.requests = requests;
        this.labels = labels;
        this.figures = figures;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One line of a figures table: what it counts ({@code code}, labelled in the template) and the
     * list filters behind its numbers, of requests received ({@code query}) and sent ({@code sentQuery}),
     * to which a link adds the measure.
     */
    record Line(String label, @Nullable String title, String query, String sentQuery, Figures.Counts counts) {
    }

    /** A bar of the answer-time histogram with the list filter of the requests in it. */
    record BarLine(Figures.Bar bar, String query) {
    }

    @GetMapping("/assistance/figures")
    String figures(@RequestParam(required = false) @Nullable Integer year, CurrentOfficer officer, Model model,
            Locale locale) {
        int wanted = year == null ? LocalDate.now(clock).getYear() : year;
        ParameterOutOfRangeException.check("year", wanted, 2000, 2100);
        Figures.OfYear ofYear = figures.of(wanted, officer);
        String base = "direction=in&year=" + wanted;
        String sentBase = "direction=out&year=" + wanted;
        model.addAttribute("year", wanted);
        model.addAttribute("figures", ofYear);
        model.addAttribute("any", ofYear.received() + ofYear.sent() > 0);
        model.addAttribute("all", List.of(new Line(String.valueOf(wanted), null, base, sentBase, ofYear.inAll())));
        Map<String, String> names = partners.names();
        // By name in the officer's language (Vietnamese order for a Vietnamese officer).
        model.addAttribute("perPartner", lines(ofYear.perPartner(), base, sentBase, "partner",
                code -> names.getOrDefault(code, code), code -> code).stream()
                .sorted(Comparator.comparing(Line::label, Collator.getInstance(locale))).toList());
        @Nullable ListScope scope = requests.scopeOf(officer);
        model.addAttribute("scope", scope == null ? "" : scope.unit().kebab());
        model.addAttribute("otherYears", ofYear.received() + ofYear.sent() > 0 ? List.of()
                : figures.years(officer).stream().filter(other -> other != wanted).toList());
        model.addAttribute("perKind", lines(ofYear.perKind(), base, sentBase, "kind",
                code -> labels.of(Codes.parse(RequestKind.class, "kind", code)), code -> null));
        model.addAttribute("perSubject", lines(ofYear.perSubject(), base, sentBase, "subject",
                code -> labels.of(Codes.parse(Subject.class, "subject", code)), code -> null));
        model.addAttribute("bars", ofYear.answerTime().histogram().stream().map(bar -> new BarLine(bar,
                base + "&answerDaysFrom=" + bar.from() + (bar.to() == null ? "" : "&answerDaysTo=" + bar.to()))).toList());
        model.addAttribute("chartJson", json.writeValueAsString(partnerChart(ofYear, names, locale)));
        model.addAttribute("sentChartJson", json.writeValueAsString(sentPartnerChart(ofYear, names, locale)));
        model.addAttribute("answerChartJson", json.writeValueAsString(answerTimeChart(ofYear, locale)));
        return "assistance/figures";
    }

    /** The lines of a breakdown: each code named by {@code label}, with {@code title} (null: none) on hovering. */
    private static List<Line> lines(Map<String, Figures.Counts> counts, String base, String sentBase, String parameter,
            UnaryOperator<String> label, Function<String, @Nullable String> title) {
        return counts.entrySet().stream().map(e -> new Line(label.apply(e.getKey()), title.apply(e.getKey()),
                base + "&" + parameter + "=" + e.getKey(), sentBase + "&" + parameter + "=" + e.getKey(),
                e.getValue())).toList();
    }

    /** One line of the figures' download; the answer-time bars fill {@code answered} only. */
    record FigureRow(String breakdown, String of, @Nullable Long received, long answered, @Nullable Long overdue,
            @Nullable Long sent, @Nullable Long sentAnswered, @Nullable Long sentOverdue, @Nullable Long demo) {
    }

    /**
     * The year's figures as a spreadsheet ({@code format=xlsx}, the default, or {@code csv}), in the officer's language;
     * the XLSX one with the screen's charts as Excel's own, drawn from its rows.
     */
    @GetMapping("/assistance/figures/export")
    ResponseEntity<byte[]> exportFigures(@RequestParam int year, @RequestParam(defaultValue = "xlsx") String format,
            CurrentOfficer officer, Locale locale) {
        ParameterOutOfRangeException.check("year", year, 2000, 2100);
        TableFormat tableFormat = TableFormat.parse(format);
        Figures.OfYear ofYear = figures.of(year, officer);
        List<FigureRow> rows = new ArrayList<>();
        rows.add(row(text("assistance.figures.all", locale), String.valueOf(year), ofYear.inAll()));
        Map<String, String> names = partners.names();
        int firstPartner = rows.size();
        ofYear.perPartner().forEach((code, counts) -> rows.add(row(text("assistance.field.partner", locale),
                names.getOrDefault(code, code), counts)));
        int lastPartner = rows.size() - 1;
        ofYear.perKind().forEach((code, counts) -> rows.add(row(text("assistance.field.kind", locale),
                text("assistance.request-kind." + code, locale), counts)));
        ofYear.perSubject().forEach((code, counts) -> rows.add(row(text("assistance.field.subject", locale),
                text("assistance.subject." + code, locale), counts)));
        int firstBar = rows.size();
        ofYear.answerTime().histogram().forEach(bar -> rows.add(new FigureRow(text("assistance.figures.answer-time", locale),
                barLabel(bar, locale), null, bar.answered(), null, null, null, null, null)));
        int lastBar = rows.size() - 1;
        // The screen's charts, drawn by Excel from the rows above: the partners' received and sent, the answer times.
        String partner = text("assistance.field.partner", locale);
        String requests = text("assistance.figures.requests", locale);
        List<TableChart> charts = List.of(
                new TableChart(text("assistance.figures.received-per-partner", locale), partner, requests, firstPartner,
                        lastPartner, "of", List.of("received", "answered", "overdue")),
                new TableChart(text("assistance.figures.sent-per-partner", locale), partner, requests, firstPartner,
                        lastPartner, "of", List.of("sent", "sentAnswered", "sentOverdue")),
                new TableChart(text("assistance.figures.answer-time", locale), text("assistance.figures.days", locale),
                        requests, firstBar, lastBar, "of", List.of("answered")));
        return TableExport.<FigureRow>of(List.of(
                TableExport.column("breakdown", "assistance.field.breakdown", FigureRow::breakdown),
                TableExport.column("of", "assistance.field.of", FigureRow::of),
                TableExport.column("received", "assistance.figures.received", FigureRow::received),
                TableExport.column("answered", "assistance.figures.answered", FigureRow::answered),
                TableExport.column("overdue", "assistance.figures.overdue", FigureRow::overdue),
                TableExport.column("sent", "assistance.figures.sent", FigureRow::sent),
                TableExport.column("sentAnswered", "assistance.figures.sent-answered", FigureRow::sentAnswered),
                TableExport.column("sentOverdue", "assistance.figures.sent-overdue", FigureRow::sentOverdue),
                TableExport.column("demo", "assistance.figures.demo-column", FigureRow::demo)))
                .response(rows, tableFormat, "assistance-figures-" + year, messages, locale, charts);
    }

    private static FigureRow row(String breakdown, String of, Figures.Counts counts) {
        return new FigureRow(breakdown, of, counts.received(), counts.answered(), counts.overdue(), counts.sent(),
                counts.sentAnswered(), counts.sentOverdue(), counts.demo());
    }

    /** The overdue series' colour: the hub's warning colour, never a reassuring green. */
    static final String WARNING = "#c77700";

    /**
     * The requests received per partner as stacked bars, each partner by its name: answered, overdue,
     * and the rest, which add up to those received. Partners that sent nothing are left out.
     */
    private Map<String, Object> partnerChart(Figures.OfYear ofYear, Map<String, String> names, Locale locale) {
        return stackedPerPartner(ofYear, names, locale, Figures.Counts::received, Figures.Counts::answered,
                Figures.Counts::overdue, List.of(text("assistance.figures.answered", locale),
                        text("assistance.figures.overdue", locale), text("assistance.figures.other", locale)));
    }

    /** The requests sent per partner, the same way: answered by the partner, overdue at the partner, the rest. */
    private Map<String, Object> sentPartnerChart(Figures.OfYear ofYear, Map<String, String> names, Locale locale) {
        return stackedPerPartner(ofYear, names, locale, Figures.Counts::sent, Figures.Counts::sentAnswered,
                Figures.Counts::sentOverdue, List.of(text("assistance.figures.sent-answered", locale),
                        text("assistance.figures.sent-overdue", locale), text("assistance.figures.sent-other", locale)));
    }

    /** Stacked bars per partner with any requests by {@code total}: answered, overdue, the rest; named in that order. */
    private static Map<String, Object> stackedPerPartner(Figures.OfYear ofYear, Map<String, String> names, Locale locale,
            ToLongFunction<Figures.Counts> total, ToLongFunction<Figures.Counts> answeredOf,
            ToLongFunction<Figures.Counts> overdueOf, List<String> seriesNames) {
        List<String> partners = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        List<Long> overdue = new ArrayList<>();
        List<Long> other = new ArrayList<>();
        // In the table's order: by name in the officer's language.
        Map<String, Figures.Counts> byName = new TreeMap<>(Comparator.comparing((String code) -> names.getOrDefault(code, code),
                Collator.getInstance(locale)).thenComparing(Comparator.naturalOrder()));
        byName.putAll(ofYear.perPartner());
        byName.forEach((code, counts) -> {
            if (total.applyAsLong(counts) > 0) {
                partners.add(names.getOrDefault(code, code));
                answered.add(answeredOf.applyAsLong(counts));
                overdue.add(overdueOf.applyAsLong(counts));
                other.add(total.applyAsLong(counts) - answeredOf.applyAsLong(counts) - overdueOf.applyAsLong(counts));
            }
        });
        return Map.of("years", partners, "series", List.of(
                Map.of("name", seriesNames.get(0), "data", answered),
                Map.of("name", seriesNames.get(1), "data", overdue, "color", WARNING),
                Map.of("name", seriesNames.get(2), "data", other)));
    }

    /** The answer-time histogram: one bar per span of days. */
    private Map<String, Object> answerTimeChart(Figures.OfYear ofYear, Locale locale) {
        List<Figures.Bar> bars = ofYear.answerTime().histogram();
        return Map.of("years", bars.stream().map(bar -> barLabel(bar, locale)).toList(), "series", List.of(
                Map.of("name", text("assistance.figures.answered", locale),
                        "data", bars.stream().map(Figures.Bar::answered).toList())));
    }

    private String barLabel(Figures.Bar bar, Locale locale) {
        return bar.to() == null ? messages.getMessage("assistance.figures.days-or-more", new Object[] {bar.from()}, locale)
                : messages.getMessage("assistance.figures.days-span", new Object[] {bar.from(), bar.to()}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
