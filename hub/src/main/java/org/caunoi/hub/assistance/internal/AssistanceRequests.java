package org.caunoi.hub.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caunoi.hub.exchange.Dispatch;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.PayloadVersions;
import org.caunoi.hub.exchange.OutgoingMessage;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.LegalBasis;
import org.caunoi.hub.partners.LegalBasisDecision;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;
import org.caunoi.hub.platform.security.Units;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What officers do with requests: draft one to a partner on a checked legal basis, approve what
 * leaves (a request or an answer) and send it, draft an answer, remind a partner past its deadline or,
 * as a courtesy, shortly before it.
 * Each step is one transaction with its history row, its audit entry and the message it queues.
 */
@Service
public class AssistanceRequests {

    private static final int LIST_LIMIT = 500;

    private final RequestStore store;
    private final Steps steps;
    private final LegalBasis legalBasis;
    private final ExchangeService exchange;
    private final JsonMapper json;
    private final HubProperties hub;
    private final Clock clock;
    private final RequestAttachments attachments;
    private final PartnerNames partners;
    private final RequestNotices notices;
    private final CourtesyReminders courtesy;
    private final AuditTrail audit;
    private final PayloadVersions payloadVersions;

    AssistanceRequests(RequestStore store, Steps steps, LegalBasis legalBasis, ExchangeService exchange, JsonMapper json,
            HubProperties hub, Clock clock, RequestAttachments attachments, PartnerNames partners, RequestNotices notices,
            AuditTrail audit, PayloadVersions payloadVersions,
            @Value("${caunoi.assistance.courtesy-reminder-days:7}") int courtesyReminderDays) {
        this.audit = audit;
        this.courtesy = new CourtesyReminders(courtesyReminderDays, clock);
        this.payloadVersions = payloadVersions;
        this.notices = notices;
        this.attachments = attachments;
        this.partners = partners;
        this.store = store;
        this.steps = steps;
        this.legalBasis = legalBasis;
        this.exchange = exchange;
        this.json = json;
        this.hub = hub;
        this.clock = clock;
    }

    /** The most characters each free-text field of a request or an answer takes, checked for the API and the screens alike. */
    public static final Map<String, Integer> MAX_LENGTHS = Map.of("partner", 20, "questions", 10_000, "concerns", 2_000,
            "caveats", 1_000, "deadlineReason", 500, "text", 10_000, "reason", 2_000);

    /** Drafts an outbound request, refused with the reason when no agreement allows it (nothing stored). */
    @Transactional
    public AssistanceRequest create(NewRequest input, CurrentOfficer officer) {
        if (!RequestAccess.drafts(officer)) {
            throw AssistanceRefusal.readWithheld();
        }
        Checked checked = check(input);
        var draft = new AssistanceRequest(0, store.nextReference(hub.node(), checked.today().getYear()), null, Direction.OUT,
                input.partner(), input.kind(), input.subject(), input.purpose(), checked.agreementIds(),
                input.questions().strip(), input.caveats().strip(), input.concerns().strip(), checked.deadline(),
                checked.deadlineReason(), officer.unit(), officer.username(), RequestState.DRAFT, null, null, null, null,
                null, clock.instant(), officer.username(), false);
        long id = store.insert(draft);
        AssistanceRequest created = store.find(id).orElseThrow();
        steps.record(created, officer.username(), "drafted", draftDetails(created));
        notices.requestAwaitsApproval(created, officer.username());
        return created;
    }

    /**
     * Corrects a draft before it is approved: its drafter or a supervisor rewrites it, checked as a new
     * one (the legal basis again, the deadline, the lengths). Refused once it has been approved or sent.
     */
    @Transactional
    public AssistanceRequest update(long id, NewRequest input, CurrentOfficer officer) {
        AssistanceRequest request = lock(id);
        requireOwnDraft(request, officer);
        Checked checked = check(input);
        store.updateDraft(id, input, checked.agreementIds(), checked.deadline(), checked.deadlineReason());
        AssistanceRequest updated = store.find(id).orElseThrow();
        steps.record(updated, officer.username(), "edited", draftDetails(updated));
        return updated;
    }

    /**
     * Deletes a draft that was never approved or sent, by its drafter or a supervisor, with the documents added
     * to it; the audit trail keeps it.
     */
    @Transactional
    public void delete(long id, CurrentOfficer officer) {
        AssistanceRequest request = lock(id);
        requireOwnDraft(request, officer);
        attachments.deleteAll(id);
        store.deleteDraft(id);
        steps.audited(request, officer.username(), "deleted", draftDetails(request));
    }

    /**
     * Whether the officer may still correct or delete the request: a draft of theirs, or any draft for a supervisor;
     * only in full, as the correction form shows the draft's text.
     */
    public boolean editable(AssistanceRequest request, CurrentOfficer officer) {
        return request.direction() == Direction.OUT && request.state() == RequestState.DRAFT
                && RequestAccess.readsInFull(request, officer)
                && (officer.hasAnyRole(Role.SUPERVISOR) || officer.username().equals(request.createdBy()));
    }

    private void requireOwnDraft(AssistanceRequest request, CurrentOfficer officer) {
        if (request.direction() != Direction.OUT || request.state() != RequestState.DRAFT) {
            throw AssistanceRefusal.wrongState(request.state());
        }
        if (!editable(request, officer)) {
            throw new AssistanceRefusal(HttpStatus.FORBIDDEN, "state", "assistance.problem.not-your-draft", Map.of());
        }
    }

    /** What a draft asks, checked: the legal basis on the day, the deadline and its reason. */
    private record Checked(LocalDate today, List<Long> agreementIds, @Nullable LocalDate deadline,
            @Nullable String deadlineReason) {
    }

    private Checked check(NewRequest input) {
        if (input.partner().isBlank()) {
            throw AssistanceRefusal.badInput("partner", "assistance.problem.choose-partner");
        }
        requireText("questions", input.questions());
        requireLength("partner", input.partner());
        requireLength("questions", input.questions());
        requireLength("concerns", input.concerns());
        requireLength("caveats", input.caveats());
        requireLength("deadlineReason", input.deadlineReason());
        LocalDate today = LocalDate.now(clock);
        LegalBasisDecision basis = legalBasis.check(input.partner(), DataCategory.ASSISTANCE_REQUEST, input.purpose(), today);
        if (!basis.allowed()) {
            String reason = basis.reason() == null ? "no-agreement" : basis.reason().kebab();
            throw new AssistanceRefusal(HttpStatus.BAD_REQUEST, "partner", "assistance.problem.no-legal-basis",
                    Map.of("reason", reason, "partner", input.partner()), partners.inMessage(input.partner()),
                    AssistanceRefusal.reason(reason));
        }
        if (!input.kind().expectsAnswer() && input.deadline() != null) {
            throw AssistanceRefusal.badInput("deadline", "assistance.problem.no-deadline-for-kind",
                    AssistanceRefusal.label(input.kind()));
        }
        LocalDate agreed = basis.answerDeadlineDays() == null || !input.kind().expectsAnswer() ? null
                : today.plusDays(basis.answerDeadlineDays());
        LocalDate deadline = input.deadline() == null ? agreed : input.deadline();
        String deadlineReason = blankToNull(input.deadlineReason());
        if (deadline != null && !deadline.isAfter(today)) {
            throw AssistanceRefusal.badInput("deadline", "assistance.problem.deadline-past");
        }
        if (input.deadline() != null && !input.deadline().equals(agreed) && deadlineReason == null) {
            throw AssistanceRefusal.badInput("deadlineReason", "assistance.problem.deadline-reason-required");
        }
        return new Checked(today, basis.agreements().stream().map(LegalBasisDecision.AgreementRef::id).toList(),
                deadline, deadlineReason);
    }

    private String draftDetails(AssistanceRequest request) {
        String partner = partners.inSentence(request.partner());
        Sentences.Name kind = name(request.kind());
        if (request.deadline() == null) {
            return Sentences.of("assistance.history-details.drafted-without-deadline", partner, kind);
        }
        if (request.deadlineReason() == null) {
            return Sentences.of("assistance.history-details.drafted", partner, kind, request.deadline());
        }
        return Sentences.of("assistance.history-details.drafted-with-reason", partner, kind, request.deadline(),
                request.deadlineReason());
    }

    /**
     * Approves what waits for approval and sends it: an outbound draft as a request, or a drafted
     * answer as the reply to the request it answers. Refused when the partner may no longer receive it.
     */
    @Transactional(noRollbackFor = {SupervisorsApproveRefusal.class, FourEyesRefusal.class})
    public AssistanceRequest approve(long id, CurrentOfficer officer) {
        AssistanceRequest request = lock(id);
        requireApprover(request, officer);
        if (request.direction() == Direction.OUT && request.state() == RequestState.DRAFT) {
            String messageId = send(request, OutgoingMessage.to(List.of(request.partner()), Payloads.REQUEST,
                    DataCategory.ASSISTANCE_REQUEST, request.purpose(), "application/json", requestPayload(request)));
            store.setRequestMessage(id, messageId);
            store.setState(id, RequestState.SENT);
            steps.record(request, officer.username(), "approved-and-sent",
                    Sentences.of("assistance.history-details.message", messageId));
        }
        else if (request.direction() == Direction.IN && request.state() == RequestState.ANSWER_DRAFTED
                && request.answerOutcome() != null && request.requestMessageId() != null) {
            byte[] payload = json.writeValueAsBytes(new Payloads.Answer(request.reference(),
                    String.valueOf(request.senderReference()), Codes.of(request.answerOutcome()),
                    String.valueOf(request.answerText()), request.answerReason(),
                    attachments.toSend(id, RequestAttachments.Part.ANSWER)));
            String messageId = send(request, OutgoingMessage.to(List.of(request.partner()), Payloads.ANSWER,
                    DataCategory.ASSISTANCE_REQUEST, request.purpose(), "application/json", payload)
                    .inReplyTo(request.requestMessageId()));
            store.setAnswered(id, request.answerOutcome().state(), messageId, clock.instant());
            steps.record(request, officer.username(), "answer-approved-and-sent",
                    Sentences.of("assistance.history-details.answer-sent", name(request.answerOutcome()), messageId));
        }
        else if (request.direction() == Direction.IN && request.state() == RequestState.ANSWER_DRAFTED
                && request.requestMessageId() == null) {
            throw AssistanceRefusal.badInput("state", "assistance.problem.no-message-to-answer");
        }
        else {
            throw AssistanceRefusal.wrongState(request.state());
        }
        return store.find(id).orElseThrow();
    }

    /**
     * Records that what waited for approval went to the partner by another channel (post, e-mail), as
     * approving it: an outbound draft becomes sent, so its deadline runs; a drafted answer becomes the
     * request's outcome, so the figures count it. Nothing goes through the hub.
     */
    @Transactional(noRollbackFor = {SupervisorsApproveRefusal.class, FourEyesRefusal.class})
    public AssistanceRequest recordSentElsewhere(long id, CurrentOfficer officer) {
        AssistanceRequest request = lock(id);
        requireApprover(request, officer);
        if (request.direction() == Direction.OUT && request.state() == RequestState.DRAFT) {
            store.setState(id, RequestState.SENT);
            steps.record(request, officer.username(), "sent-elsewhere",
                    Sentences.of("assistance.history-details.sent-elsewhere"));
        }
        else if (request.direction() == Direction.IN && request.state() == RequestState.ANSWER_DRAFTED
                && request.answerOutcome() != null) {
            store.setAnswered(id, request.answerOutcome().state(), null, clock.instant());
            steps.record(request, officer.username(), "answer-sent-elsewhere",
                    Sentences.of("assistance.history-details.outcome", name(request.answerOutcome())));
        }
        else {
            throw AssistanceRefusal.wrongState(request.state());
        }
        return store.find(id).orElseThrow();
    }

    /**
     * Four eyes: whoever wrote what would go (drafted the request or changed it last; drafted the answer last)
     * does not approve it, another supervisor does. Empty when nothing waits for approval.
     */
    public Set<String> authors(AssistanceRequest request) {
        List<AssistanceRequest.Step> history = store.history(request.id());
        if (request.direction() == Direction.OUT && request.state() == RequestState.DRAFT) {
            Set<String> authors = new java.util.HashSet<>();
            authors.add(request.createdBy());
            lastActor(history, "edited").ifPresent(authors::add);
            return Set.copyOf(authors);
        }
        if (request.direction() == Direction.IN && request.state() == RequestState.ANSWER_DRAFTED) {
            return lastActor(history, "answer-drafted").map(Set::of).orElse(Set.of());
        }
        return Set.of();
    }

    /** Whether the officer may approve what waits for approval, as far as four eyes go ({@link RequestAccess#approves} checks the role). */
    public boolean mayApprove(AssistanceRequest request, CurrentOfficer officer) {
        return !authors(request).contains(officer.username());
    }

    private static java.util.Optional<String> lastActor(List<AssistanceRequest.Step> history, String step) {
        return history.stream().filter(done -> done.step().equals(step)).reduce((first, second) -> second)
                .map(AssistanceRequest.Step::actor);
    }

    /**
     * A supervisor approves, and not what they wrote themselves. The refusal is audited and kept: nothing else was
     * written when it is thrown.
     */
    private void requireApprover(AssistanceRequest request, CurrentOfficer officer) {
        if (!RequestAccess.approves(officer)) {
            steps.audited(request, officer.username(), "approval-refused-role",
                    Sentences.of("assistance.history-details.approval-refused-role"));
            throw new SupervisorsApproveRefusal();
        }
        if (!mayApprove(request, officer)) {
            steps.audited(request, officer.username(), "approval-refused",
                    Sentences.of("assistance.history-details.approval-refused"));
            throw new FourEyesRefusal();
        }
    }

    /**
     * Whether what waits for approval can go through the hub: an outbound draft to a partner whose hub
     * connection is set up, an answer to a request that came through the hub (it travels as the reply to
     * that message). Otherwise it is sent by another channel and recorded as such.
     */
    public boolean sendableThroughHub(AssistanceRequest request) {
        return request.direction() == Direction.OUT ? partners.connected(request.partner())
                : request.requestMessageId() != null;
    }

    /** Drafts the answer to an inbound request; a refusal or postponement needs its reason. */
    @Transactional
    public AssistanceRequest answer(long id, Outcome outcome, String text, @Nullable String reason, CurrentOfficer officer) {
        AssistanceRequest request = lock(id);
        AssistanceRefusal.requireFullRead(request, officer);
        String why = blankToNull(reason);
        if (outcome.needsReason() && why == null) {
            throw AssistanceRefusal.badInput("reason", "assistance.problem.reason-required", AssistanceRefusal.label(outcome));
        }
        if (!outcome.needsReason()) {
            requireText("text", text);
        }
        requireLength("text", text);
        requireLength("reason", reason);
        if (request.direction() != Direction.IN
                || !(request.state() == RequestState.RECEIVED || request.state() == RequestState.ANSWER_DRAFTED)) {
            throw AssistanceRefusal.wrongState(request.state());
        }
        store.setAnswer(id, outcome, text.strip(), why, RequestState.ANSWER_DRAFTED);
        String details = why == null ? Sentences.of("assistance.history-details.outcome", name(outcome))
                : Sentences.of("assistance.history-details.outcome-with-reason", name(outcome), why);
        steps.record(request, officer.username(), "answer-drafted", details);
        if (request.state() == RequestState.RECEIVED) {
            // A redrafted answer waits for the same approval the supervisors were told of already.
            notices.answerAwaitsApproval(request, officer.username());
        }
        return store.find(id).orElseThrow();
    }

    /** Sends the partner a reminder of an outbound request past its deadline, referring to the request's message. */
    @Transactional
    public AssistanceRequest remind(long id, CurrentOfficer officer) {
        AssistanceRequest request = lock(id);
        // Writing to a partner about a request is work on it: for those who read it in full, not the administrator.
        AssistanceRefusal.requireFullRead(request, officer);
        if (request.direction() != Direction.OUT || !request.state().awaitsAnswer()) {
            throw AssistanceRefusal.wrongState(request.state());
        }
        if (request.requestMessageId() == null) {
            throw AssistanceRefusal.badInput("state", "assistance.problem.sent-elsewhere-no-reminder");
        }
        if (request.deadline() == null || !request.deadline().isBefore(LocalDate.now(clock))) {
            throw AssistanceRefusal.badInput("deadline", "assistance.problem.not-overdue", String.valueOf(request.deadline()));
        }
        byte[] payload = json.writeValueAsBytes(new Payloads.Reminder(request.reference(), request.deadline().toString(), null));
        String messageId = send(request, OutgoingMessage.to(List.of(request.partner()), Payloads.REMINDER,
                DataCategory.ASSISTANCE_REQUEST, request.purpose(), "application/json", payload)
                .inReplyTo(request.requestMessageId()));
        steps.record(request, officer.username(), "reminder-sent",
                Sentences.of("assistance.history-details.message", messageId));
        return store.find(id).orElseThrow();
    }

    /**
     * Sends the partner a courtesy reminder of an outbound request before its deadline: from
     * {@code caunoi.assistance.courtesy-reminder-days} days before it up to the day itself, once per request.
     * Refused with the reason otherwise; past the deadline the ordinary reminder ({@link #remind}) takes over.
     */
    @Transactional
    public AssistanceRequest remindCourteously(long id, CurrentOfficer officer) {
        AssistanceRequest request = lock(id);
        AssistanceRefusal.requireFullRead(request, officer);
        courtesy.refusal(request, store.history(id)).ifPresent(refusal -> {
            throw refusal;
        });
        if (!partnerTakesCourtesyReminders(request)) {
            // An earlier release's hub refuses the courtesy kind: said now, before anything is queued.
            throw new AssistanceRefusal(HttpStatus.CONFLICT, "partner", "assistance.problem.courtesy-partner-release-earlier",
                    Map.of(), partners.inMessage(request.partner()));
        }
        // The refusal above leaves only a request with a deadline that went through the hub.
        String deadline = java.util.Objects.requireNonNull(request.deadline()).toString();
        String requestMessageId = java.util.Objects.requireNonNull(request.requestMessageId());
        byte[] payload = json.writeValueAsBytes(new Payloads.Reminder(request.reference(), deadline, Payloads.Reminder.COURTESY));
        String messageId = send(request, OutgoingMessage.to(List.of(request.partner()), Payloads.REMINDER,
                DataCategory.ASSISTANCE_REQUEST, request.purpose(), "application/json", payload)
                .inReplyTo(requestMessageId));
        steps.record(request, officer.username(), "courtesy-reminder-sent",
                Sentences.of("assistance.history-details.courtesy-reminder", messageId, deadline));
        return store.find(id).orElseThrow();
    }

    /** Whether the officer may send a courtesy reminder of the request today (the page shows the button then). */
    @Transactional(readOnly = true)
    public boolean courtesyReminderAllowed(AssistanceRequest request) {
        return courtesy.refusal(request, store.history(request.id())).isEmpty() && partnerTakesCourtesyReminders(request);
    }

    /** Whether the partner's hub takes the courtesy kind of reminder (reminder version 2): earlier releases do not. */
    public boolean partnerTakesCourtesyReminders(AssistanceRequest request) {
        return payloadVersions.writtenFor(request.partner(), Payloads.REMINDER) >= Payloads.COURTESY_REMINDER_VERSION;
    }

    /** The first day a courtesy reminder of the request may go, or null when none ever may (no deadline, not sent). */
    public @Nullable LocalDate courtesyReminderOpensOn(AssistanceRequest request) {
        return courtesy.opensOn(request);
    }

    /** Closes a request once its answer is in (or out): nothing more is expected on it. */
    @Transactional
    public AssistanceRequest close(long id, CurrentOfficer officer) {
        AssistanceRequest request = lock(id);
        AssistanceRefusal.requireFullRead(request, officer);
        if (!OUTCOMES.contains(request.state())) {
            throw AssistanceRefusal.wrongState(request.state());
        }
        store.setState(id, RequestState.CLOSED);
        steps.record(request, officer.username(), "closed",
                Sentences.of("assistance.history-details.closed", name(request.state())));
        return store.find(id).orElseThrow();
    }

    /**
     * Assigns a request to a unit and, optionally, one of its officers: a supervisor's task ({@link RequestAccess#assigns});
     * anyone else is refused with the reason, the refusal audited and kept.
     */
    @Transactional(noRollbackFor = SupervisorsAssignRefusal.class)
    public AssistanceRequest assign(long id, Unit unit, @Nullable String assignee, CurrentOfficer officer) {
        AssistanceRequest request = lock(id);
        if (!RequestAccess.assigns(officer)) {
            steps.audited(request, officer.username(), "assignment-refused-role",
                    Sentences.of("assistance.history-details.assignment-refused-role", Units.inSentence(unit)));
            throw new SupervisorsAssignRefusal();
        }
        store.assign(id, unit, blankToNull(assignee));
        String assigned = blankToNull(assignee);
        String details = assigned == null ? Sentences.of("assistance.history-details.assigned", Units.inSentence(unit))
                : Sentences.of("assistance.history-details.assigned-to-officer", Units.inSentence(unit), assigned);
        steps.record(request, officer.username(), "assigned", details);
        return store.find(id).orElseThrow();
    }

    /**
     * The request, whoever asks: any officer opens any request by its address, as any case, and reads it in full or
     * withheld ({@link RequestAccess#readsInFull}, {@link RequestViews}). Not found only when there is none.
     */
    @Transactional(readOnly = true)
    public AssistanceRequest get(long id) {
        return store.find(id).orElseThrow(() -> new RequestNotFound(id));
    }

    @Transactional(readOnly = true)
    public List<AssistanceRequest.Step> history(long id) {
        return store.history(get(id).id());
    }

    /** The requests the officer lists: all for administrators and supervisors, their unit's and their own drafts for others. */
    @Transactional(readOnly = true)
    public List<AssistanceRequest> list(RequestFilter filter, CurrentOfficer officer) {
        return list(filter, officer, 0, LIST_LIMIT);
    }

    /** The newest {@code limit} (at most {@link #listLimit()}) of the requests the filter lets through, after skipping {@code offset}. */
    @Transactional(readOnly = true)
    public List<AssistanceRequest> list(RequestFilter filter, CurrentOfficer officer, int offset, int limit) {
        return store.list(filter, RequestAccess.listScope(officer), LocalDate.now(clock), offset, Math.min(limit, LIST_LIMIT));
    }

    /** How many requests the filter lets through for the officer, when the list shows only the newest. */
    @Transactional(readOnly = true)
    public long count(RequestFilter filter, CurrentOfficer officer) {
        return store.count(filter, RequestAccess.listScope(officer), LocalDate.now(clock));
    }

    /** The requests the officer's lists hold (their unit's and their own drafts), or null when they list every request. */
    public @Nullable ListScope scopeOf(CurrentOfficer officer) {
        return RequestAccess.listScope(officer);
    }

    /** The most requests a list shows; {@link #count} says how many there are in all. */
    public static int listLimit() {
        return LIST_LIMIT;
    }

    /**
     * Sets N, the days before an inbound request's deadline when the unit's assignee and supervisors are warned: a
     * supervisor's task, as assigning is; anyone else is refused with the reason, the refusal audited and kept.
     */
    @Transactional(noRollbackFor = SupervisorsAssignRefusal.class)
    public void setWarningDays(Unit unit, int days, CurrentOfficer officer) {
        if (!RequestAccess.assigns(officer)) {
            audit.record("ASSISTANCE_WARNING_DAYS_REFUSED_ROLE", "assistance-warning-days", unit.code(),
                    Sentences.of("assistance.audit-details.warning-days-refused-role", days));
            throw new SupervisorsAssignRefusal();
        }
        if (days < 0 || days > 60) {
            throw AssistanceRefusal.badInput("days", "assistance.problem.warning-days", 0, 60);
        }
        store.setWarningDays(unit, days);
        audit.record("ASSISTANCE_WARNING_DAYS_SET", "assistance-warning-days", unit.code(),
                Sentences.of("assistance.audit-details.warning-days-set", days));
    }

    /**
     * The request, locked for the step. Any officer finds it, as any officer opens it ({@link #get}); each step checks
     * what the officer may do with it and refuses, saying why, what they may not.
     */
    private AssistanceRequest lock(long id) {
        return store.findForUpdate(id).orElseThrow(() -> new RequestNotFound(id));
    }


    private byte[] requestPayload(AssistanceRequest request) {
        return json.writeValueAsBytes(new Payloads.Request(request.reference(), Codes.of(request.kind()),
                Codes.of(request.subject()), Codes.of(request.purpose()), request.questions(), request.caveats(),
                request.concerns(), request.deadline() == null ? null : request.deadline().toString(),
                attachments.toSend(request.id(), RequestAttachments.Part.REQUEST)));
    }

    /**
     * Queues one message; a partner that may no longer receive it refuses the whole step (the transaction
     * rolls back), in plain words: a partner without a hub connection is told apart from one no agreement allows.
     */
    private String send(AssistanceRequest request, OutgoingMessage message) {
        Dispatch dispatch = exchange.send(message).getFirst();
        if (!dispatch.queued()) {
            String reason = dispatch.legalBasisReason() != null ? dispatch.legalBasisReason().kebab()
                    : Codes.of(java.util.Objects.requireNonNull(dispatch.refusal()));
            String key = dispatch.refusal() == Dispatch.Refusal.NO_ENDPOINT ? "assistance.problem.no-hub-connection"
                    : "assistance.problem.not-sent";
            throw new AssistanceRefusal(HttpStatus.BAD_REQUEST, "partner", key,
                    Map.of("reason", reason, "partner", request.partner()), partners.inMessage(request.partner()),
                    AssistanceRefusal.reason(reason));
        }
        return java.util.Objects.requireNonNull(dispatch.messageId());
    }

    /** A constant as an argument of a stored sentence: its name, worded when the sentence is read. */
    static Sentences.Name name(Enum<?> value) {
        return Sentences.Name.of(value);
    }

    private static void requireText(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw AssistanceRefusal.badInput(field, "assistance.problem.required");
        }
    }

    /** Longer than its field takes: refused beside the field, whatever sent it (the form or the API). */
    private static void requireLength(String field, @Nullable String text) {
        int max = MAX_LENGTHS.getOrDefault(field, 0);
        if (text != null && text.strip().length() > max) {
            throw AssistanceRefusal.badInput(field, "assistance.problem.too-long", max, text.strip().length());
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static final Set<RequestState> OUTCOMES = Set.of(RequestState.ANSWERED, RequestState.PARTLY_ANSWERED,
            RequestState.REFUSED, RequestState.POSTPONED);
}
