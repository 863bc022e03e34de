package org.caunoi.hub.partners.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.AgreementStatus;
import org.caunoi.hub.partners.internal.demo.DemoDataStatus;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.caunoi.hub.platform.i18n.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The landing page: headline figures and the chart of agreements signed per year by kind. It lives
 * here while partners are the only module with figures; the reports module takes it over.
 */
@Controller
class DashboardScreen {

    private final PartnerCatalog catalog;
    private final DemoDataStatus demoData;
    private final Labels labels;
    private final JsonMapper json;

    DashboardScreen(PartnerCatalog catalog, DemoDataStatus demoData, Labels labels, JsonMapper json) {
        this.catalog = catalog;
        this.demoData = demoData;
        this.labels = labels;
        this.json = json;
    }

    /** The chart's data: one series per agreement kind over the years, for ECharts. */
    record ChartData(List<Integer> years, List<Series> series) {
        record Series(String name, List<Integer> data) {
        }
    }

    @GetMapping("/")
    String dashboard(Model model, Locale locale) {
        var agreements = catalog.allAgreements();
        model.addAttribute("partnerCount", catalog.search("", null, null).size());
        model.addAttribute("agreementCount", agreements.size());
        model.addAttribute("inForceCount", agreements.stream().filter(a -> a.status() == AgreementStatus.IN_FORCE).count());
        model.addAttribute("demoFileMissing", demoData.state() == DemoDataStatus.State.FILE_MISSING);
        model.addAttribute("demoFile", demoData.detail());
        model.addAttribute("chartJson", json.writeValueAsString(chart(locale)));
        return "partners/dashboard";
    }

    ChartData chart(Locale locale) {
        var counts = catalog.signedPerYearByKind();
        var years = new TreeSet<Integer>();
        counts.forEach(count -> years.add(count.year()));
        if (years.isEmpty()) {
            return new ChartData(List.of(), List.of());
        }
        List<Integer> allYears = IntStream.rangeClosed(years.first(), years.last()).boxed().toList();
        Map<AgreementKind, Integer[]> byKind = new LinkedHashMap<>();
        for (var count : counts) {
            byKind.computeIfAbsent(count.kind(), kind -> zeros(allYears.size()))[allYears.indexOf(count.year())] = count.count();
        }
        List<ChartData.Series> series = Arrays.stream(AgreementKind.values())
                .filter(byKind::containsKey)
                .map(kind -> new ChartData.Series(
                        labels.of(kind, locale),
                        Arrays.asList(byKind.get(kind))))
                .toList();
        return new ChartData(allYears, series);
    }

    private static Integer[] zeros(int size) {
        Integer[] zeros = new Integer[size];
        Arrays.fill(zeros, 0);
        return zeros;
    }
}
