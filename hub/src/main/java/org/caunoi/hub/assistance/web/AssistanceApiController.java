package org.caunoi.hub.assistance.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.caunoi.hub.assistance.internal.AssistanceRequest;
import org.caunoi.hub.assistance.internal.AssistanceRequests;
import org.caunoi.hub.assistance.internal.Direction;
import org.caunoi.hub.assistance.internal.Figures;
import org.caunoi.hub.assistance.internal.NewRequest;
import org.caunoi.hub.assistance.internal.Outcome;
import org.caunoi.hub.assistance.internal.RequestAttachments;
import org.caunoi.hub.assistance.internal.RequestFilter;
import org.caunoi.hub.assistance.internal.RequestKind;
import org.caunoi.hub.assistance.internal.RequestAccess;
import org.caunoi.hub.assistance.internal.RequestViews;
import org.caunoi.hub.assistance.internal.Subject;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Coded;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.attachments.AttachmentRef;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.problem.ParameterOutOfRangeException;
import org.caunoi.hub.platform.security.AdminLiaisonInvestigatorOrSupervisor;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Unit;
import org.caunoi.hub.platform.security.Units;
import org.caunoi.hub.platform.web.AnswersConflict;
import org.caunoi.hub.platform.web.CodedParameter;
import org.caunoi.hub.platform.web.PagedAnswer;
import org.caunoi.hub.platform.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/assistance}: requests sent and received (draft, correct or delete a draft, approve, answer, remind
 * past the deadline or as a courtesy before it, assign), their history, and the year's figures. Codes are kebab
 * case; refusals are problem details naming the field.
 */
@RestController
@RequestMapping("/api/assistance")
class AssistanceApiController {

    private final AssistanceRequests requests;
    private final Figures figures;
    private final Clock clock;
    private final RequestViews views;
    private final RequestAttachments attachments;
    private final Sentences sentences;
    private final Units units;

    /** What an officer who may not read nominal data does not get, and may see was withheld. */
    static final List<String> WITHHELD = List.of("questions", "concerns", "answerText", "answerReason", "attachments",
            "answerAttachments");

    AssistanceApiController(AssistanceRequests requests, Figures figures, Clock clock, RequestViews views,
            RequestAttachments attachments, Sentences sentences, Units units) {
        this.units = units;
        this.sentences = sentences;
        this.views = views;
        this.attachments = attachments;
        this.requests = requests;
        this.figures = figures;
        this.clock = clock;
    }

    record RequestInput(@Nullable String partner, @Coded(RequestKind.class) @Nullable String kind,
            @Coded(Subject.class) @Nullable String subject, @Coded(Purpose.class) @Nullable String purpose, @Nullable String questions, @Nullable String caveats, @Nullable String concerns,
            @Nullable LocalDate deadline, @Nullable String deadlineReason) {
    }

    record AnswerInput(@Coded(Outcome.class) @Nullable String outcome, @Nullable String text, @Nullable String reason) {
    }

    record AssignInput(@Nullable String unit, @Nullable String officer) {
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @AdminLiaisonInvestigatorOrSupervisor
    ResponseEntity<Map<String, Object>> create(@RequestBody RequestInput input, CurrentOfficer officer) {
        var request = requests.create(newRequest(input), officer);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(request));
    }

    /** Rewrites a draft not yet approved or sent, by its drafter or a supervisor; 409 once it has left the draft state. */
    @PutMapping("/requests/{id}")
    @AnswersConflict("The request has left the draft state")
    @AdminLiaisonInvestigatorOrSupervisor
    Map<String, Object> update(@PathVariable long id, @RequestBody RequestInput input, CurrentOfficer officer) {
        return view(requests.update(id, newRequest(input), officer));
    }

    /** Deletes a draft not yet approved or sent, by its drafter or a supervisor; 409 once it has left the draft state. */
    @DeleteMapping("/requests/{id}")
    @AnswersConflict("The request has left the draft state")
    @AdminLiaisonInvestigatorOrSupervisor
    ResponseEntity<Void> delete(@PathVariable long id, CurrentOfficer officer) {
        requests.delete(id, officer);
        return ResponseEntity.noContent().build();
    }

    private static NewRequest newRequest(RequestInput input) {
        return new NewRequest(required("partner", input.partner()),
                Codes.parse(RequestKind.class, "kind", required("kind", input.kind())),
                Codes.parse(Subject.class, "subject", required("subject", input.subject())),
                Codes.parse(Purpose.class, "purpose", required("purpose", input.purpose())),
                required("questions", input.questions()), orEmpty(input.caveats()), orEmpty(input.concerns()),
                input.deadline(), input.deadlineReason());
    }

    /**
     * Requests a page of the list holds when the call names no {@code size}: the whole list as it was before the
     * list paged (at most 500), so a program that read it in one call still does.
     */
    static final int LIST_SIZE = Paging.MAX_SIZE;

    /**
     * The requests the filter lets through (see {@link RequestFilters}), newest first, a page of {@code size} from
     * {@code page} 0, answered as every API list is ({@link PagedAnswer}).
     */
    @GetMapping("/requests")
    @CodedParameter(name = "direction", codes = Direction.class)
    @CodedParameter(name = "kind", codes = RequestKind.class)
    @CodedParameter(name = "subject", codes = Subject.class)
    @CodedParameter(name = "measure", codes = RequestFilter.Measure.class)
    @Parameters({
            @Parameter(name = "direction", in = ParameterIn.QUERY, description = "in (this hub was asked) or out (this hub asked)"),
            @Parameter(name = "partner", in = ParameterIn.QUERY, description = "A partner's code"),
            @Parameter(name = "kind", in = ParameterIn.QUERY, description = "The kind of request"),
            @Parameter(name = "subject", in = ParameterIn.QUERY, description = "The request's subject"),
            @Parameter(name = "year", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "2000", maximum = "2100")),
            @Parameter(name = "measure", in = ParameterIn.QUERY, description = "received, sent, answered or overdue"),
            @Parameter(name = "answerDaysFrom", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0")),
            @Parameter(name = "answerDaysTo", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0"))})
    ResponseEntity<List<Map<String, Object>>> list(@Parameter(hidden = true) @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + LIST_SIZE) int size,
            CurrentOfficer officer) {
        Paging paging = new Paging(page, size);
        RequestFilter filter = RequestFilters.parse(params);
        List<Map<String, Object>> rows = requests.list(filter, officer, paging.offset(), paging.size()).stream()
                .map(request -> view(RequestViews.asSeenBy(request, officer), RequestAccess.readsInFull(request, officer)))
                .toList();
        return PagedAnswer.of(paging.of(rows, requests.count(filter, officer)));
    }

    /** A request with its history, the details of its steps worded in the caller's language. */
    @GetMapping("/requests/{id}")
    Map<String, Object> get(@PathVariable long id, CurrentOfficer officer, Locale locale) {
        RequestViews.RequestView read = views.read(id, officer);
        Map<String, Object> view = view(read.request(), read.nominal());
        view.put("history", read.history().stream().map(step -> Map.of("at", step.at().toString(),
                "actor", step.actor(), "step", step.step(), "details", sentences.render(step.details(), locale)))
                .toList());
        if (read.nominal()) {
            view.put("attachments", files(read.requestFiles()));
            view.put("answerAttachments", files(read.answerFiles()));
        }
        return view;
    }

    /**
     * Adds a PDF to what this hub will send on the request: the draft request, or the answer being
     * drafted. Multipart, the file in {@code file}; 201 with what was stored.
     */
    @PostMapping(path = "/requests/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @AnswersConflict("Neither the request nor an answer to it is being drafted")
    @ResponseStatus(HttpStatus.CREATED)
    @AdminLiaisonInvestigatorOrSupervisor
    ResponseEntity<Map<String, Object>> attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
            CurrentOfficer officer) throws IOException {
        AttachmentRef stored = attachments.add(id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getBytes(), officer);
        return ResponseEntity.status(HttpStatus.CREATED).body(file(stored));
    }

    @GetMapping("/requests/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable UUID attachmentId, CurrentOfficer officer) {
        return AttachmentDownload.of(requests, attachments, id, attachmentId, officer);
    }

    @PostMapping("/requests/{id}/approve")
    @AnswersConflict("Neither a draft request nor a drafted answer waits for approval")
    // A supervisor approves; anyone else who works on requests is told so (RequestAccess.approves).
    @AdminLiaisonInvestigatorOrSupervisor
    Map<String, Object> approve(@PathVariable long id, CurrentOfficer officer) {
        return view(requests.approve(id, officer));
    }

    /** Records that what waited for approval went to the partner by post or e-mail, not through the hub. */
    @PostMapping("/requests/{id}/sent-elsewhere")
    @AnswersConflict("Neither a draft request nor a drafted answer waits for approval")
    // A supervisor approves; anyone else who works on requests is told so (RequestAccess.approves).
    @AdminLiaisonInvestigatorOrSupervisor
    Map<String, Object> sentElsewhere(@PathVariable long id, CurrentOfficer officer) {
        return view(requests.recordSentElsewhere(id, officer));
    }

    @PostMapping("/requests/{id}/answer")
    @AnswersConflict("The request is not one received and still to be answered")
    @AdminLiaisonInvestigatorOrSupervisor
    Map<String, Object> answer(@PathVariable long id, @RequestBody AnswerInput input, CurrentOfficer officer) {
        Outcome outcome = Codes.parse(Outcome.class, "outcome", required("outcome", input.outcome()));
        return view(requests.answer(id, outcome, orEmpty(input.text()), input.reason(), officer));
    }

    @PostMapping("/requests/{id}/remind")
    @AnswersConflict("The request is not one sent and still waiting for its answer")
    @AdminLiaisonInvestigatorOrSupervisor
    Map<String, Object> remind(@PathVariable long id, CurrentOfficer officer) {
        return view(requests.remind(id, officer));
    }

    @PostMapping("/requests/{id}/courtesy-reminder")
    @AnswersConflict("The partner owes no answer any more, or a courtesy reminder of the request was sent already")
    @AdminLiaisonInvestigatorOrSupervisor
    Map<String, Object> remindCourteously(@PathVariable long id, CurrentOfficer officer) {
        return view(requests.remindCourteously(id, officer));
    }

    @PostMapping("/requests/{id}/close")
    @AnswersConflict("The request's state does not allow closing it")
    @AdminLiaisonInvestigatorOrSupervisor
    Map<String, Object> close(@PathVariable long id, CurrentOfficer officer) {
        return view(requests.close(id, officer));
    }

    @PostMapping("/requests/{id}/assign")
    // A supervisor assigns; anyone else who works on requests is told so (RequestAccess.assigns).
    @AdminLiaisonInvestigatorOrSupervisor
    Map<String, Object> assign(@PathVariable long id, @RequestBody AssignInput input, CurrentOfficer officer) {
        Unit unit = units.parse("unit", required("unit", input.unit()));
        return view(requests.assign(id, unit, input.officer(), officer));
    }

    @PutMapping("/warning-days/{unit}")
    // A supervisor sets them, as a supervisor assigns; anyone else who works on requests is told so.
    @AdminLiaisonInvestigatorOrSupervisor
    ResponseEntity<Void> warningDays(@PathVariable String unit, @RequestParam int days, CurrentOfficer officer) {
        requests.setWarningDays(units.parse("unit", unit), days, officer);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/figures")
    Figures.OfYear figures(@RequestParam int year, CurrentOfficer officer) {
        ParameterOutOfRangeException.check("year", year, 2000, 2100);
        return figures.of(year, officer);
    }

    private static List<Map<String, Object>> files(List<AttachmentRef> refs) {
        return refs.stream().map(AssistanceApiController::file).toList();
    }

    private static Map<String, Object> file(AttachmentRef ref) {
        return Map.of("id", ref.id().toString(), "name", ref.displayName(), "contentType", ref.contentType(),
                "size", ref.sizeBytes(), "sha256", ref.sha256(), "uploadedBy", ref.uploadedBy(),
                "uploadedAt", ref.uploadedAt().toString());
    }

    /** A request as JSON; without nominal content, {@code withheld} names what was left out. */
    private Map<String, Object> view(AssistanceRequest request) {
        return view(request, true);
    }

    private Map<String, Object> view(AssistanceRequest request, boolean nominal) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", request.id());
        view.put("reference", request.reference());
        view.put("senderReference", request.senderReference());
        view.put("direction", Codes.of(request.direction()));
        view.put("partner", request.partner());
        view.put("kind", Codes.of(request.kind()));
        view.put("subject", Codes.of(request.subject()));
        view.put("purpose", Codes.of(request.purpose()));
        view.put("agreementIds", request.agreementIds());
        view.put("questions", request.questions());
        view.put("caveats", request.caveats());
        view.put("concerns", request.concerns());
        view.put("deadline", request.deadline() == null ? null : request.deadline().toString());
        view.put("daysLeft", request.deadline() == null ? null
                : ChronoUnit.DAYS.between(LocalDate.now(clock), request.deadline()));
        view.put("deadlineReason", request.deadlineReason());
        view.put("assignedUnit", request.assignedUnit().code());
        view.put("assignedOfficer", request.assignedOfficer());
        view.put("state", Codes.of(request.state()));
        view.put("outcome", request.answerOutcome() == null ? null : Codes.of(request.answerOutcome()));
        view.put("answerText", request.answerText());
        view.put("answerReason", request.answerReason());
        view.put("answeredAt", request.answeredAt() == null ? null : request.answeredAt().toString());
        view.put("createdAt", request.createdAt().toString());
        view.put("demo", request.demo());
        if (!nominal) {
            WITHHELD.forEach(field -> view.put(field, null));
            view.put("withheld", WITHHELD);
        }
        return view;
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new MissingField(field);
        }
        return value;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
