package org.caunoi.hub.enforcement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.caunoi.hub.enforcement.internal.CaseNotFoundException;
import org.caunoi.hub.enforcement.internal.Officer;
import org.caunoi.hub.enforcement.internal.OperationAlerts;
import org.caunoi.hub.enforcement.internal.OperationFigures;
import org.caunoi.hub.enforcement.internal.Operations;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.reference.CountryNames;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * A joint operation's page: its totals by category and unit, a chart per unit of what was seized per
 * category and phase (a kilogram and a cigarette stick never share an axis), the cases per route
 * country, the timeline and the route flows, drawn by ECharts from the figures, and its alerts: the
 * form that sends one to every participant, each hub's receipt, and those received.
 */
@Controller
class OperationScreens {

    private final Operations operations;
    private final Labels labels;
    private final MessageSource messages;
    private final JsonMapper json;
    private final OperationFigures figures;
    private final OperationAlerts alerts;
    private final CountryNames countries;

    OperationScreens(Operations operations, Labels labels, MessageSource messages, JsonMapper json,
            OperationFigures figures, OperationAlerts alerts, CountryNames countries) {
        this.countries = countries;
        this.operations = operations;
        this.figures = figures;
        this.alerts = alerts;
        this.labels = labels;
        this.messages = messages;
        this.json = json;
    }

    /**
     * What charts.js draws: one bar per category, stacked by phase (the x axis is named {@code years}
     * there), against a value axis named by the unit in the officer's language.
     */
    record Chart(List<String> years, List<Series> series, String unit) {
    }

    /** One unit's chart as the page places it: the unit's code, its name on screen, and the chart's JSON. */
    record UnitChart(String unit, String label, String json) {
    }

    record Series(String name, List<BigDecimal> data) {
    }

    /** The joint operations this hub knows, each linked to its page: where an officer finds them. */
    @GetMapping("/enforcement/operations")
    String list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, HtmxRequest htmx, Model model) {
        Paging paging = new Paging(page, size);
        model.addAttribute("page", paging.of(operations.listed(paging.offset(), paging.size()), operations.count()));
        return PageOrFragment.of(htmx, "enforcement/operations", "rows");
    }

    @GetMapping("/enforcement/operations/{id}")
    String page(@PathVariable long id, CurrentOfficer officer, Model model) {
        Operations.Operation operation = operations.find(id).orElseThrow(() -> new CaseNotFoundException("operation", id));
        Operations.Totals totals = operations.totals(id);
        model.addAttribute("operation", operation);
        model.addAttribute("totals", totals);
        model.addAttribute("figures", figures.of(id));
        // Each part of the alerts for those who may read it; the operation itself is for every officer.
        Officer reader = Officer.of(officer);
        model.addAttribute("alerts", reader.mayReadSentAlerts() ? alerts.sent(reader, id) : List.of());
        model.addAttribute("receivedAlerts", reader.mayReadReceivedAlerts() ? alerts.received(reader, operation.id()) : List.of());
        model.addAttribute("mayReadSentAlerts", reader.mayReadSentAlerts());
        model.addAttribute("mayReadReceivedAlerts", reader.mayReadReceivedAlerts());
        // the form sends for an investigation, as the API does without a purpose
        List<OperationAlerts.Reach> reach = reader.mayManageOperations() ? alerts.reach(reader, id, Purpose.INVESTIGATION) : List.of();
        model.addAttribute("maySendAlerts", reader.mayManageOperations());
        model.addAttribute("alertReach", reach);
        model.addAttribute("alertsGoNonNominal", reader.mayManageOperations() && !OperationAlerts.writesInFull(reader));
        model.addAttribute("alertReachesNobody", !reach.isEmpty() && reach.stream().noneMatch(OperationAlerts.Reach::receives));
        model.addAttribute("unitCharts", totals.byUnit().keySet().stream()
                .map(unit -> new UnitChart(unit, labels.of("enforcement.unit", unit),
                        json.writeValueAsString(chart(totals, unit))))
                .toList());
        return "enforcement/operation";
    }

    /**
     * What the page's timeline and route charts draw, with each route country's name in the officer's
     * language as the page's table gives it (the nodes stay named by code).
     */
    record PageFigures(OperationFigures.Timeline timeline, OperationFigures.Flows flows, Map<String, String> countryNames) {
    }

    /** The figures for the page's charts, read with the officer's session (the API takes HTTP Basic only). */
    @GetMapping("/enforcement/operations/{id}/figures")
    @ResponseBody
    PageFigures figures(@PathVariable long id) {
        OperationFigures.Figures of = figures.of(id);
        Map<String, String> names = new TreeMap<>();
        of.flows().nodes().forEach(node -> names.put(node.country(), countries.of(node.country())));
        return new PageFigures(of.timeline(), of.flows(), names);
    }

    /** The quantities in one unit per category (only those that have any in it), one series per phase that has. */
    Chart chart(Operations.Totals totals, String unit) {
        List<String> categories = List.copyOf(totals.byUnit().getOrDefault(unit, Map.of()).keySet());
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, BigDecimal>>> phase : totals.byPhase().entrySet()) {
            List<BigDecimal> quantities = categories.stream()
                    .map(category -> phase.getValue().getOrDefault(category, Map.of()).getOrDefault(unit, BigDecimal.ZERO))
                    .toList();
            if (quantities.stream().allMatch(quantity -> quantity.signum() == 0)) {
                continue;
            }
            String name = phase.getKey().isEmpty()
                    ? messages.getMessage("enforcement.operation.no-phase", null, LocaleContextHolder.getLocale())
                    : phase.getKey();
            series.add(new Series(name, quantities));
        }
        return new Chart(categories.stream().map(category -> labels.of("enforcement.category", category)).toList(), series,
                labels.of("enforcement.unit", unit));
    }
}
