package org.caunoi.hub.assistance.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.caunoi.hub.assistance.internal.AssistanceRefusal;
import org.caunoi.hub.assistance.internal.AssistanceRequest;
import org.caunoi.hub.assistance.internal.AssistanceRequests;
import org.caunoi.hub.assistance.internal.Direction;
import org.caunoi.hub.assistance.internal.ListScope;
import org.caunoi.hub.assistance.internal.NewRequest;
import org.caunoi.hub.assistance.internal.Outcome;
import org.caunoi.hub.assistance.internal.PartnerNames;
import org.caunoi.hub.assistance.internal.RequestAttachments;
import org.caunoi.hub.assistance.internal.RequestFilter;
import org.caunoi.hub.assistance.internal.RequestKind;
import org.caunoi.hub.assistance.internal.RequestState;
import org.caunoi.hub.assistance.internal.RequestAccess;
import org.caunoi.hub.assistance.internal.RequestViews;
import org.caunoi.hub.assistance.internal.Subject;
import org.caunoi.hub.partners.LegalBasis;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.problem.Problem;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.caunoi.hub.platform.security.AdminLiaisonInvestigatorOrSupervisor;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Units;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Paging;
import org.caunoi.hub.platform.web.Times;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The module's screens: the list of requests with filters, a request with its history and days
 * left, its documents (nominal content only for those who may read it), and the form for a new request.
 */
@Controller
class AssistanceScreens {

    private final AssistanceRequests requests;
    private final MessageSource messages;
    private final Clock clock;
    private final RequestViews views;
    private final RequestAttachments attachments;
    private final Labels labels;
    private final PartnerNames partners;
    private final LegalBasis legalBasis;
    private final Units units;

    AssistanceScreens(AssistanceRequests requests, MessageSource messages, Clock clock, RequestViews views,
            RequestAttachments attachments, Labels labels, PartnerNames partners, LegalBasis legalBasis, Units units) {
        this.units = units;
        this.legalBasis = legalBasis;
        this.labels = labels;
        this.partners = partners;
        this.requests = requests;
        this.messages = messages;
        this.clock = clock;
        this.views = views;
        this.attachments = attachments;
    }

    /** A request as the screens show it, with the days left until its deadline while it runs (negative once overdue). */
    record Row(AssistanceRequest request, @Nullable Long daysLeft) {
    }

    /** The list; the filters a figure's link sets beyond direction and partner stay as hidden fields of the form. */
    @GetMapping("/assistance/requests")
    String list(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, CurrentOfficer officer, HtmxRequest htmx,
            Model model) {
        RequestFilter filter = RequestFilters.parse(params);
        Paging paging = new Paging(page, Math.min(size, AssistanceRequests.listLimit()));
        model.addAttribute("direction", filter.direction() == null ? "" : Codes.of(filter.direction()));
        model.addAttribute("partner", filter.partner() == null ? "" : filter.partner());
        Map<String, String> kept = new LinkedHashMap<>();
        KEPT.forEach(name -> {
            if (params.get(name) != null && !params.get(name).isBlank()) {
                kept.put(name, params.get(name).strip());
            }
        });
        model.addAttribute("kept", kept);
        model.addAttribute("keptShown", shown(kept));
        model.addAttribute("partnerNames", partners.names());
        @Nullable ListScope scope = requests.scopeOf(officer);
        model.addAttribute("scope", scope == null ? "" : scope.unit().kebab());
        model.addAttribute("drafts", RequestAccess.drafts(officer));
        model.addAttribute("directions", Arrays.stream(Direction.values()).map(Codes::of).toList());
        model.addAttribute("page", paging.of(requests.list(filter, officer, paging.offset(), paging.size()).stream()
                .map(request -> row(RequestViews.asSeenBy(request, officer))).toList(), requests.count(filter, officer)));
        return PageOrFragment.of(htmx, "assistance/requests", "rows");
    }

    /** The list's filters that only a link sets (from the figures). */
    private static final List<String> KEPT = List.of("kind", "subject", "year", "measure", "answerDaysFrom",
            "answerDaysTo");

    /** The list's kept filters as the officer reads them: a code's name, not the code. */
    private Map<String, String> shown(Map<String, String> kept) {
        Map<String, String> shown = new LinkedHashMap<>();
        kept.forEach((name, value) -> shown.put(name, switch (name) {
            case "kind" -> labels.of(Codes.parse(RequestKind.class, name, value));
            case "subject" -> labels.of(Codes.parse(Subject.class, name, value));
            case "measure" -> labels.of(Codes.parse(RequestFilter.Measure.class, name, value));
            default -> value;
        }));
        return shown;
    }

    @GetMapping("/assistance/requests/{id}")
    String request(@PathVariable long id, CurrentOfficer officer, Model model) {
        return requestPage(id, officer, model, List.of(), Map.of());
    }

    /** Adds a PDF to the draft request or the answer being drafted; a refusal shows on the page in the officer's language. */
    @PostMapping("/assistance/requests/{id}/attachments")
    @AdminLiaisonInvestigatorOrSupervisor
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            CurrentOfficer officer, Model model, Locale locale) throws IOException {
        try {
            attachments.add(id, file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), officer);
            return "redirect:/assistance/requests/" + id;
        }
        catch (AssistanceRefusal refusal) {
            return requestPage(id, officer, model, messagesOf(refusal, locale), Map.of());
        }
    }

    @GetMapping("/assistance/requests/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable UUID attachmentId, CurrentOfficer officer) {
        return AttachmentDownload.of(requests, attachments, id, attachmentId, officer);
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
            Map<String, String> errors = fieldErrors((Problem) refusal, locale);
            model.addAttribute("answerErrors", errors);
            return requestPage(id, officer, model, otherErrors(errors, ANSWER_FIELDS), input);
        }
    }

    @PostMapping("/assistance/requests/{id}/remind")
    @AdminLiaisonInvestigatorOrSupervisor
    String remind(@PathVariable long id, CurrentOfficer officer, Model model, Locale locale) {
        return step(id, officer, model, locale, () -> requests.remind(id, officer));
    }

    @PostMapping("/assistance/requests/{id}/courtesy-reminder")
    @AdminLiaisonInvestigatorOrSupervisor
    String remindCourteously(@PathVariable long id, CurrentOfficer officer, Model model, Locale locale) {
        return step(id, officer, model, locale, () -> requests.remindCourteously(id, officer));
    }

    /**
     * The page of a request; {@code answer} the answer form's input to show again after a refusal
     * (empty: the answer as stored).
     */
    private String requestPage(long id, CurrentOfficer officer, Model model, List<String> errors,
            Map<String, String> answer) {
        RequestViews.RequestView view = views.read(id, officer);
        AssistanceRequest request = view.request();
        Map<String, String> answerInput = new LinkedHashMap<>(answer);
        if (answer.isEmpty()) {
            answerInput.put("outcome", request.answerOutcome() == null ? "" : Codes.of(request.answerOutcome()));
            answerInput.put("text", request.answerText() == null ? "" : request.answerText());
            answerInput.put("reason", request.answerReason() == null ? "" : request.answerReason());
        }
        model.addAttribute("answerInput", answerInput);
        model.addAttribute("sendable", requests.sendableThroughHub(request));
        model.addAttribute("partnerNames", partners.names());
        model.addAttribute("row", row(view.request()));
        model.addAttribute("agreements", legalBasis.agreements(view.request().agreementIds()));
        model.addAttribute("view", view);
        model.addAttribute("history", view.history());
        model.addAttribute("drafting", RequestAttachments.partBeingDrafted(view.request()).map(Codes::of).orElse(""));
        model.addAttribute("outcomes", Arrays.stream(Outcome.values()).map(Codes::of).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("courtesyReminderAllowed", requests.courtesyReminderAllowed(request));
        model.addAttribute("courtesyReminderOpensOn", requests.courtesyReminderOpensOn(request));
        model.addAttribute("partnerTakesCourtesyReminders", requests.partnerTakesCourtesyReminders(request));
        model.addAttribute("errors", errors);
        model.addAttribute("editable", requests.editable(request, officer));
        model.addAttribute("ownWork", !requests.mayApprove(request, officer));
        model.addAttribute("approver", RequestAccess.approves(officer));
        model.addAttribute("assigner", RequestAccess.assigns(officer));
        model.addAttribute("units", units.all());
        if (!model.containsAttribute("answerErrors")) {
            model.addAttribute("answerErrors", Map.of());
        }
        model.addAttribute("maxLengths", AssistanceRequests.MAX_LENGTHS);
        return "assistance/request";
    }

    /** The problem's messages, a day among their arguments (a deadline not yet passed) written as the reader writes it. */
    private List<String> messagesOf(Problem problem, Locale locale) {
        return problem.errors().stream().map(error -> {
            Object[] arguments = error.message().getArguments();
            if (arguments == null || error.message().getCodes() == null) {
                return messages.getMessage(error.message(), locale);
            }
            Object[] worded = Arrays.stream(arguments)
                    .map(argument -> argument instanceof String text ? Times.isoDate(text, locale) : argument).toArray();
            return messages.getMessage(new DefaultMessageSourceResolvable(error.message().getCodes(), worded,
                    error.message().getDefaultMessage()), locale);
        }).toList();
    }

    @PostMapping("/assistance/requests/{id}/approve")
    // A supervisor approves; anyone else who works on requests is told so (RequestAccess.approves).
    @AdminLiaisonInvestigatorOrSupervisor
    String approve(@PathVariable long id, CurrentOfficer officer, Model model, Locale locale) {
        return step(id, officer, model, locale, () -> requests.approve(id, officer));
    }

    /** Records that what waited for approval went by post or e-mail: the hub cannot send it. */
    @PostMapping("/assistance/requests/{id}/sent-elsewhere")
    // A supervisor approves; anyone else who works on requests is told so (RequestAccess.approves).
    @AdminLiaisonInvestigatorOrSupervisor
    String sentElsewhere(@PathVariable long id, CurrentOfficer officer, Model model, Locale locale) {
        return step(id, officer, model, locale, () -> requests.recordSentElsewhere(id, officer));
    }

    /**
     * Assigns the request to a unit and, optionally, one of its officers: a supervisor's task, whose page alone shows
     * the form; anyone else posting it is shown the page again with the reason.
     */
    @PostMapping("/assistance/requests/{id}/assign")
    @AdminLiaisonInvestigatorOrSupervisor
    String assign(@PathVariable long id, @RequestParam Map<String, String> input, CurrentOfficer officer, Model model,
            Locale locale) {
        try {
            requests.assign(id, units.parse("unit", input.getOrDefault("unit", "")), input.get("officer"), officer);
            return "redirect:/assistance/requests/" + id;
        }
        catch (AssistanceRefusal | UnknownValueException refusal) {
            return requestPage(id, officer, model, messagesOf((Problem) refusal, locale), Map.of());
        }
    }

    /** A step on a request's page: back to the page, or the page again with why the step was refused. */
    private String step(long id, CurrentOfficer officer, Model model, Locale locale, Runnable step) {
        try {
            step.run();
            return "redirect:/assistance/requests/" + id;
        }
        catch (AssistanceRefusal refusal) {
            return requestPage(id, officer, model, messagesOf(refusal, locale), Map.of());
        }
    }

    @GetMapping("/assistance/requests/new")
    @AdminLiaisonInvestigatorOrSupervisor
    String newRequest(CurrentOfficer officer, Model model, Locale locale) {
        // Told before filling the form in, not after: the administrator drafts no request.
        Map<String, String> refused = RequestAccess.drafts(officer) ? Map.of()
                : Map.of("state", messages.getMessage("assistance.problem.read-withheld", null, locale));
        return form(model, null, Map.of(), refused);
    }

    @PostMapping("/assistance/requests")
    @AdminLiaisonInvestigatorOrSupervisor
    String create(@RequestParam Map<String, String> input, CurrentOfficer officer, Model model, Locale locale) {
        return save(null, input, officer, model, locale);
    }

    /** The new-request form, filled with the draft as it stands, while it may still be corrected. */
    @GetMapping("/assistance/requests/{id}/edit")
    @AdminLiaisonInvestigatorOrSupervisor
    String edit(@PathVariable long id, CurrentOfficer officer, Model model, Locale locale) {
        AssistanceRequest draft = requests.get(id);
        if (!requests.editable(draft, officer)) {
            return requestPage(id, officer, model, refusedStep(draft, locale), Map.of());
        }
        Map<String, String> input = new LinkedHashMap<>();
        input.put("partner", draft.partner());
        input.put("kind", Codes.of(draft.kind()));
        input.put("subject", Codes.of(draft.subject()));
        input.put("purpose", Codes.of(draft.purpose()));
        input.put("questions", draft.questions());
        input.put("concerns", draft.concerns());
        input.put("caveats", draft.caveats());
        input.put("deadline", draft.deadline() == null ? "" : Times.date(draft.deadline(), locale));
        input.put("deadlineReason", draft.deadlineReason() == null ? "" : draft.deadlineReason());
        return form(model, draft, input, Map.of());
    }

    @PostMapping("/assistance/requests/{id}/edit")
    @AdminLiaisonInvestigatorOrSupervisor
    String update(@PathVariable long id, @RequestParam Map<String, String> input, CurrentOfficer officer, Model model,
            Locale locale) {
        return save(requests.get(id), input, officer, model, locale);
    }

    /** Asks before a draft is deleted: what it is, and that deleting cannot be undone. */
    @GetMapping("/assistance/requests/{id}/delete")
    @AdminLiaisonInvestigatorOrSupervisor
    String confirmDelete(@PathVariable long id, CurrentOfficer officer, Model model, Locale locale) {
        AssistanceRequest draft = requests.get(id);
        if (!requests.editable(draft, officer)) {
            return requestPage(id, officer, model, refusedStep(draft, locale), Map.of());
        }
        model.addAttribute("r", draft);
        model.addAttribute("partnerNames", partners.names());
        return "assistance/delete";
    }

    @PostMapping("/assistance/requests/{id}/delete")
    @AdminLiaisonInvestigatorOrSupervisor
    String delete(@PathVariable long id, CurrentOfficer officer, Model model, Locale locale) {
        try {
            requests.delete(id, officer);
            return "redirect:/assistance/requests";
        }
        catch (AssistanceRefusal refusal) {
            return requestPage(id, officer, model, messagesOf(refusal, locale), Map.of());
        }
    }

    /** Why the officer may not correct or delete the request, as the service would refuse it. */
    private List<String> refusedStep(AssistanceRequest request, Locale locale) {
        String key = request.direction() == Direction.OUT && request.state() == RequestState.DRAFT
                ? "assistance.problem.not-your-draft" : "assistance.problem.draft-only";
        return List.of(messages.getMessage(key, null, locale));
    }

    /** Drafts a new request ({@code draft} null) or corrects a draft; a refusal shows the form again, each error beside its field. */
    private String save(@Nullable AssistanceRequest draft, Map<String, String> input, CurrentOfficer officer, Model model,
            Locale locale) {
        // What the form alone tells is wrong is shown at once, each beside its field, not one field a submit.
        Map<String, String> missing = new LinkedHashMap<>();
        if (input.getOrDefault("partner", "").isBlank()) {
            missing.put("partner", messages.getMessage("assistance.problem.choose-partner", null, locale));
        }
        if (input.getOrDefault("questions", "").isBlank()) {
            missing.put("questions", messages.getMessage("assistance.problem.required", null, locale));
        }
        String typed = input.getOrDefault("deadline", "").strip();
        if (!typed.isEmpty() && !parses(typed)) {
            missing.put("deadline", Times.writtenAsADay(typed)
                    ? messages.getMessage("assistance.problem.date-not-real", new Object[] {typed}, locale)
                    : messages.getMessage("assistance.problem.date", null, locale));
        }
        if (!missing.isEmpty()) {
            return form(model, draft, input, missing);
        }
        try {
            LocalDate deadline = typed.isEmpty() ? null : Times.parseDay(typed);
            NewRequest request = new NewRequest(input.getOrDefault("partner", "").strip(),
                    Codes.parse(RequestKind.class, "kind", input.getOrDefault("kind", "")),
                    Codes.parse(Subject.class, "subject", input.getOrDefault("subject", "")),
                    Codes.parse(Purpose.class, "purpose", input.getOrDefault("purpose", "")),
                    input.getOrDefault("questions", ""), input.getOrDefault("caveats", ""),
                    input.getOrDefault("concerns", ""), deadline, input.get("deadlineReason"));
            long id = draft == null ? requests.create(request, officer).id()
                    : requests.update(draft.id(), request, officer).id();
            return "redirect:/assistance/requests/" + id;
        }
        catch (AssistanceRefusal | UnknownValueException refusal) {
            return form(model, draft, input, fieldErrors((Problem) refusal, locale));
        }
    }

    private static boolean parses(String day) {
        try {
            Times.parseDay(day);
            return true;
        }
        catch (java.time.format.DateTimeParseException notADay) {
            return false;
        }
    }

    private String form(Model model, @Nullable AssistanceRequest draft, Map<String, String> input,
            Map<String, String> fieldErrors) {
        model.addAttribute("draft", draft);
        model.addAttribute("input", input);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("errors", otherErrors(fieldErrors, FORM_FIELDS));
        model.addAttribute("maxLengths", AssistanceRequests.MAX_LENGTHS);
        model.addAttribute("kinds", Arrays.stream(RequestKind.values()).map(Codes::of).toList());
        model.addAttribute("subjects", Arrays.stream(Subject.values()).map(Codes::of).toList());
        model.addAttribute("purposes", Arrays.stream(Purpose.values()).map(Codes::of).toList());
        model.addAttribute("partners", partners.all());
        return "assistance/request-form";
    }

    /** The fields the request form shows an error beside; any other error shows above the form. */
    private static final List<String> FORM_FIELDS = List.of("partner", "kind", "subject", "purpose", "questions",
            "concerns", "caveats", "deadline", "deadlineReason");

    /** The fields the answer form shows an error beside. */
    private static final List<String> ANSWER_FIELDS = List.of("outcome", "text", "reason");

    /** Each field's error in the officer's language, the first one where a field has several. */
    private Map<String, String> fieldErrors(Problem problem, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.errors().forEach(error -> errors.putIfAbsent(error.field(), messages.getMessage(error.message(), locale)));
        return errors;
    }

    private static List<String> otherErrors(Map<String, String> fieldErrors, List<String> shownBeside) {
        return fieldErrors.entrySet().stream().filter(error -> !shownBeside.contains(error.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** Days are counted only while the deadline runs: an answered, refused or closed request has none left or overdue. */
    private Row row(AssistanceRequest request) {
        return new Row(request, request.deadline() == null || !request.state().deadlineRuns() ? null
                : ChronoUnit.DAYS.between(LocalDate.now(clock), request.deadline()));
    }
}
