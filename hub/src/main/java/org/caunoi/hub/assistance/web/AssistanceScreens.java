package org.caunoi.hub.assistance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.caunoi.hub.assistance.internal.AssistanceRefusal;
import org.caunoi.hub.assistance.internal.AssistanceRequest;
import org.caunoi.hub.assistance.internal.AssistanceRequests;
import org.caunoi.hub.assistance.internal.Codes;
import org.caunoi.hub.assistance.internal.Direction;
import org.caunoi.hub.assistance.internal.Figures;
import org.caunoi.hub.assistance.internal.NewRequest;
import org.caunoi.hub.assistance.internal.Outcome;
import org.caunoi.hub.assistance.internal.RequestKind;
import org.caunoi.hub.assistance.internal.Subject;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.problem.ParameterOutOfRangeException;
import org.caunoi.hub.platform.problem.Problem;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.caunoi.hub.platform.security.AdminLiaisonInvestigatorOrSupervisor;
import org.caunoi.hub.platform.security.AdminOrSupervisor;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.tables.TableExport;
import org.caunoi.hub.platform.tables.TableFormat;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module's screens: the list of requests with filters, a request with its history and days
 * left, the form for a new request, and the year's figures with their chart.
 */
@Controller
class AssistanceScreens {

    private final AssistanceRequests requests;
    private final Figures figures;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    AssistanceScreens(AssistanceRequests requests, Figures figures, MessageSource messages, JsonMapper json, Clock clock) {
        this.requests = requests;
        this.figures = figures;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** A request as the screens show it, with the days left until its deadline (negative once overdue). */
    record Row(AssistanceRequest request, @Nullable Long daysLeft) {
    }

    @GetMapping("/assistance/requests")
    String list(@RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable String partner, CurrentOfficer officer, HtmxRequest htmx,
            Model model) {
        String wanted = direction == null || direction.isBlank() ? null : direction;
        String ofPartner = partner == null || partner.isBlank() ? null : partner.trim().toUpperCase(Locale.ROOT);
        model.addAttribute("direction", wanted == null ? "" : wanted);
        model.addAttribute("partner", ofPartner == null ? "" : ofPartner);
        model.addAttribute("directions", Arrays.stream(Direction.values()).map(Codes::of).toList());
        model.addAttribute("rows", requests.list(wanted == null ? null : Codes.parse(Direction.class, "direction", wanted),
                ofPartner, officer).stream().map(this::row).toList());
        return PageOrFragment.of(htmx, "assistance/requests", "rows");
    }

    @GetMapping("/assistance/requests/{id}")
    String request(@PathVariable long id, CurrentOfficer officer, Model model) {
        return requestPage(id, officer, model, List.of());
    }

    @PostMapping("/assistance/requests/{id}/answer")
    @AdminLiaisonInvestigatorOrSupervisor
    String answer(@PathVariable long id, @RequestParam Map<String, String> input, CurrentOfficer officer, Model model,
            Locale locale) {
        try {
            requests.answer(id, Codes.parse(Outcome.class, "outcome", input.getOrDefault("outcome", "")),
                    input.getOrDefault("text", ""), input.get("reason"), officer);
            return "redirect:/assistance/requests/" + id;
        }
        catch (AssistanceRefusal | UnknownValueException refusal) {
            return requestPage(id, officer, model, messagesOf((Problem) refusal, locale));
        }
    }

    @PostMapping("/assistance/requests/{id}/remind")
    @AdminLiaisonInvestigatorOrSupervisor
    String remind(@PathVariable long id, CurrentOfficer officer, Model model, Locale locale) {
        try {
            requests.remind(id, officer);
            return "redirect:/assistance/requests/" + id;
        }
        catch (AssistanceRefusal refusal) {
            return requestPage(id, officer, model, messagesOf(refusal, locale));
        }
    }

    private String requestPage(long id, CurrentOfficer officer, Model model, List<String> errors) {
        model.addAttribute("row", row(requests.get(id, officer)));
        model.addAttribute("history", requests.history(id, officer));
        model.addAttribute("outcomes", Arrays.stream(Outcome.values()).map(Codes::of).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        return "assistance/request";
    }

    private List<String> messagesOf(Problem problem, Locale locale) {
        return problem.errors().stream().map(error -> messages.getMessage(error.message(), locale)).toList();
    }

    @PostMapping("/assistance/requests/{id}/approve")
    @AdminOrSupervisor
    String approve(@PathVariable long id, CurrentOfficer officer) {
        requests.approve(id, officer);
        return "redirect:/assistance/requests/" + id;
    }

    @GetMapping("/assistance/requests/new")
    @AdminLiaisonInvestigatorOrSupervisor
    String newRequest(Model model) {
        return form(model, Map.of(), List.of());
    }

    @PostMapping("/assistance/requests")
    @AdminLiaisonInvestigatorOrSupervisor
    String create(@RequestParam Map<String, String> input, CurrentOfficer officer, Model model, Locale locale) {
        try {
            LocalDate deadline = input.getOrDefault("deadline", "").isBlank() ? null : LocalDate.parse(input.get("deadline"));
            var created = requests.create(new NewRequest(input.getOrDefault("partner", "").trim().toUpperCase(Locale.ROOT),
                    Codes.parse(RequestKind.class, "kind", input.getOrDefault("kind", "")),
                    Codes.parse(Subject.class, "subject", input.getOrDefault("subject", "")),
                    Codes.parse(Purpose.class, "purpose", input.getOrDefault("purpose", "")),
                    input.getOrDefault("questions", ""), input.getOrDefault("caveats", ""),
                    input.getOrDefault("concerns", ""), deadline, input.get("deadlineReason")), officer);
            return "redirect:/assistance/requests/" + created.id();
        }
        catch (AssistanceRefusal | UnknownValueException refusal) {
            return form(model, input, messagesOf((Problem) refusal, locale));
        }
        catch (java.time.format.DateTimeParseException badDate) {
            return form(model, input, List.of(messages.getMessage("assistance.problem.date", null, locale)));
        }
    }

    @GetMapping("/assistance/figures")
    String figures(@RequestParam(required = false) @Nullable Integer year, Model model, Locale locale) {
        int wanted = year == null ? LocalDate.now(clock).getYear() : year;
        ParameterOutOfRangeException.check("year", wanted, 2000, 2100);
        Figures.OfYear ofYear = figures.of(wanted);
        model.addAttribute("year", wanted);
        model.addAttribute("figures", ofYear);
        model.addAttribute("chartJson", json.writeValueAsString(chart(ofYear, locale)));
        return "assistance/figures";
    }

    /** One line of the figures' download: a partner or a kind of request, and its counts. */
    record FigureRow(String breakdown, String of, long received, long answered, long overdue) {
    }

    /** The year's figures as a spreadsheet ({@code format=xlsx}, the default, or {@code csv}), in the officer's language. */
    @GetMapping("/assistance/figures/export")
    ResponseEntity<byte[]> exportFigures(@RequestParam int year, @RequestParam(defaultValue = "xlsx") String format,
            Locale locale) {
        ParameterOutOfRangeException.check("year", year, 2000, 2100);
        TableFormat tableFormat = TableFormat.parse(format)
                .orElseThrow(() -> new UnknownValueException("format", format, List.of("xlsx", "csv")));
        Figures.OfYear ofYear = figures.of(year);
        String partner = messages.getMessage("assistance.field.partner", null, locale);
        String kind = messages.getMessage("assistance.field.kind", null, locale);
        List<FigureRow> rows = new ArrayList<>();
        ofYear.perPartner().forEach((code, counts) -> rows.add(new FigureRow(partner, code, counts.received(),
                counts.answered(), counts.overdue())));
        ofYear.perKind().forEach((code, counts) -> rows.add(new FigureRow(kind,
                messages.getMessage("assistance.request-kind." + code, null, locale), counts.received(),
                counts.answered(), counts.overdue())));
        return TableExport.<FigureRow>of(List.of(
                TableExport.column("breakdown", "assistance.field.breakdown", FigureRow::breakdown),
                TableExport.column("of", "assistance.field.of", FigureRow::of),
                TableExport.column("received", "assistance.figures.received", FigureRow::received),
                TableExport.column("answered", "assistance.figures.answered", FigureRow::answered),
                TableExport.column("overdue", "assistance.figures.overdue", FigureRow::overdue)))
                .response(rows, tableFormat, "assistance-figures-" + year, messages, locale);
    }

    /** The figures per partner as stacked bars: answered, overdue, and the rest, which add up to those received. */
    private Map<String, Object> chart(Figures.OfYear ofYear, Locale locale) {
        List<String> partners = List.copyOf(ofYear.perPartner().keySet());
        List<Long> answered = new ArrayList<>();
        List<Long> overdue = new ArrayList<>();
        List<Long> other = new ArrayList<>();
        ofYear.perPartner().values().forEach(counts -> {
            answered.add(counts.answered());
            overdue.add(counts.overdue());
            other.add(counts.received() - counts.answered() - counts.overdue());
        });
        return Map.of("years", partners, "series", List.of(
                Map.of("name", messages.getMessage("assistance.figures.answered", null, locale), "data", answered),
                Map.of("name", messages.getMessage("assistance.figures.overdue", null, locale), "data", overdue),
                Map.of("name", messages.getMessage("assistance.figures.other", null, locale), "data", other)));
    }

    private String form(Model model, Map<String, String> input, List<String> errors) {
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.stream(RequestKind.values()).map(Codes::of).toList());
        model.addAttribute("subjects", Arrays.stream(Subject.values()).map(Codes::of).toList());
        model.addAttribute("purposes", Arrays.stream(Purpose.values()).map(Codes::of).toList());
        return "assistance/request-form";
    }

    private Row row(AssistanceRequest request) {
        return new Row(request, request.deadline() == null ? null
                : ChronoUnit.DAYS.between(LocalDate.now(clock), request.deadline()));
    }
}
