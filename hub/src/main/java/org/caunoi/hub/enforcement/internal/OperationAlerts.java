package org.caunoi.hub.enforcement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caunoi.hub.exchange.Dispatch;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.OutgoingMessage;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.attachments.AttachmentPurpose;
import org.caunoi.hub.platform.attachments.AttachmentRef;
import org.caunoi.hub.platform.attachments.Attachments;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.problem.HubProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operation alerts, what CENcomm's closed user groups are used for: a short message with attachments
 * sent through the exchange to every participating partner of a joint operation, each recipient
 * after its own legal-basis check (the refused ones kept with the reason), and each partner hub's
 * receipt recorded as it comes. Each participant gets the form its agreements allow, as a shared case
 * does: the text as written with its files where personal data may pass, else the text without the
 * personal data it holds and no files. Inside the hub an officer who reads the sender's unit's cases
 * only in the non-nominal form reads its alerts so too, and received alerts as received cases are read.
 */
@Service
public class OperationAlerts {

    static final int MAX_TEXT = 4000;
    static final int MAX_FILES = 10;
    /** Why the nominal form did not go although the agreements allow it: the sender reads the unit's cases non-nominal only. */
    public static final String SENDER_READS_NON_NOMINAL = "sender-reads-non-nominal";

    private final JdbcClient jdbc;
    private final Operations operations;
    private final ExchangeService exchange;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final NonNominalText nonNominal;
    private final ShareForms forms;
    private final RecipientsInSentences recipients;
    private final RecipientVersions payloadVersions;

    OperationAlerts(NonNominalText nonNominal, JdbcClient jdbc, Operations operations, ExchangeService exchange, Attachments attachments,
            AuditTrail audit, JsonMapper json, Clock clock, ShareForms forms, RecipientsInSentences recipients,
            RecipientVersions payloadVersions) {
        this.forms = forms;
        this.recipients = recipients;
        this.payloadVersions = payloadVersions;
        this.nonNominal = nonNominal;
        this.jdbc = jdbc;
        this.operations = operations;
        this.exchange = exchange;
        this.attachments = attachments;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A file the officer attaches: its name and bytes. */
    public record Upload(String name, byte[] content) {
    }

    /** What became of one participant: the MessageId and delivery, or why nothing was sent. */
    /**
     * What became of one participant: the MessageId and delivery, or why nothing was sent; the form sent
     * ({@code nominal}, {@code non-nominal}; null when nothing was) and, for the non-nominal one, why not the
     * nominal ({@code formReason}, a refusal code).
     */
    public record Recipient(String partner, @Nullable String messageId, @Nullable String refusal,
            @Nullable String reason, String outcome, @Nullable Instant outcomeAt, boolean attachmentsWithheld,
            @Nullable String form, @Nullable String formReason) {
    }

    /** An alert sent, as the officer reading it may see it ({@code form}: {@code non-nominal} when the text is shown cleaned). */
    public record SentAlert(long id, long operationId, String text, String purpose, String sentBy, Instant sentAt,
            List<Recipient> recipients, List<AttachmentRef> attachments, String form) {
    }

    /**
     * What one participant would get if an alert were sent now: the form ({@code nominal}, {@code non-nominal},
     * null for nothing) and why (a refusal code: why not the nominal form, or why nothing).
     */
    public record Reach(String partner, @Nullable String form, @Nullable String reason) {

        public boolean receives() {
            return form != null;
        }
    }

    /**
     * An alert received from a partner: the operation as the sender named it (in Vietnamese too, if it
     * did), and the local operation its shared code matched ({@code operationId} {@code null}: the
     * operation is not known here).
     */
    public record ReceivedAlert(long id, String source, String operation, @Nullable String operationVi,
            @Nullable String operationCode, @Nullable Long operationId, String text, Instant sentAt, Instant receivedAt,
            List<AttachmentRef> attachments, String form) {

        public boolean operationKnown() {
            return operationId != null;
        }

        /** The operation's name for a reader of that language, as far as the sender gave it. */
        public String operation(java.util.Locale locale) {
            return OperationNames.in(locale, operation, operationVi);
        }
    }

    @Transactional
    public SentAlert send(Officer officer, long operationId, @Nullable String text, @Nullable String purposeText,
            List<Upload> files) {
        if (!officer.mayManageOperations()) {
            throw new AccessDeniedException("operation alerts are sent by investigators, supervisors and liaison officers");
        }
        if (!files.isEmpty() && !officer.maySearchPersons()) {
            // Photos and documents travel as nominal data: sent only by those who may read such data.
            throw new HubProblem(HttpStatus.FORBIDDEN, "enforcement.alert.files-not-read-in-full");
        }
        Operations.Operation operation = operations.find(operationId)
                .orElseThrow(() -> new CaseNotFoundException("operation", operationId));
        Purpose purpose = checked(text, purposeText, files, operation);
        String message = Objects.requireNonNull(text, "checked above").strip();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id = jdbc.sql("""
                INSERT INTO enforcement.operation_alert (operation_id, text, purpose, sent_by, sent_by_unit, sent_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(operationId, message, purpose.kebab(), officer.username(), officer.unit().code(), Timestamp.from(now))
                .query(Long.class).single();
        List<OperationAlert.File> attached = new ArrayList<>();
        for (Upload file : files) {
            attachments.store("enforcement", owner(id), purposeOf(file.content()), file.name(), file.content());
            attached.add(new OperationAlert.File(file.name(), file.content()));
        }
        // As a shared case: the nominal form (the text as written, with the files, which may show persons) to
        // partners whose agreements allow personal data for the purpose, the non-nominal form to the others.
        Map<String, ShareForms.FormDecision> decisions = new java.util.LinkedHashMap<>();
        operation.partners().forEach(partner -> decisions.put(partner, forms.decide(partner, purpose)));
        // The case rule: who reads their unit's cases only in the non-nominal form sends no nominal text either.
        boolean senderWritesInFull = writesInFull(officer);
        List<String> nominal = !senderWritesInFull ? List.of() : operation.partners().stream()
                .filter(partner -> CaseForms.NOMINAL.equals(decisionFor(decisions, partner).form())).toList();
        List<String> nonNominal = operation.partners().stream().filter(partner -> !nominal.contains(partner)).toList();
        // The name every hub understands, English where there is one; the Vietnamese name travels beside it.
        String named = operation.name(java.util.Locale.ENGLISH);
        List<Dispatch> dispatches = new ArrayList<>();
        // The text as this hub's own screens show it to those who do not read it in full: in the non-nominal form
        // alone, and beside the text as written, so the partner's hub need not clean it knowing fewer names.
        String cleaned = Objects.requireNonNull(this.nonNominal.clean(message), "not blank");
        var inFull = new OperationAlert(id, named, operation.nameVi(), operation.id(), operation.code(), message, now, attached,
                cleaned);
        // Each hub gets the version it takes: one of an earlier release the text as written without the cleaned one.
        payloadVersions.of(OperationAlert.TYPE, nominal).forEach((version, takers) -> dispatches.addAll(exchange.send(
                OutgoingMessage.to(takers, OperationAlert.TYPE, DataCategory.ENFORCEMENT_NOMINAL, purpose,
                        OperationAlert.CONTENT_TYPE, json.writeValueAsBytes(inFull.inPayloadVersion(version))))));
        if (!nonNominal.isEmpty()) {
            dispatches.addAll(exchange.send(OutgoingMessage.to(nonNominal, OperationAlert.TYPE,
                    DataCategory.ENFORCEMENT_NON_NOMINAL, purpose, OperationAlert.CONTENT_TYPE, json.writeValueAsBytes(
                            new OperationAlert(id, named, operation.nameVi(), operation.id(), operation.code(), cleaned, now,
                                    List.of(), null)))));
        }
        for (Dispatch dispatch : dispatches) {
            String form = !dispatch.queued() ? null : nominal.contains(dispatch.partnerCode()) ? CaseForms.NOMINAL
                    : CaseForms.NON_NOMINAL;
            String whyNotNominal = whyNotNominal(decisionFor(decisions, dispatch.partnerCode()), senderWritesInFull);
            jdbc.sql("""
                    INSERT INTO enforcement.operation_alert_recipient (alert_id, partner_code, message_id, refusal, reason, outcome,
                        attachments_withheld, form, form_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    // positional: SQL NULL where the dispatch has no message id, refusal or reason
                    .param(id).param(dispatch.partnerCode()).param(dispatch.messageId()).param(Codes.ofNullable(dispatch.refusal()))
                    .param(Codes.ofNullable(dispatch.legalBasisReason())).param(dispatch.queued() ? "queued" : "not-sent")
                    .param(!attached.isEmpty() && CaseForms.NON_NOMINAL.equals(form)).param(form)
                    .param(CaseForms.NON_NOMINAL.equals(form) ? whyNotNominal : null)
                    .update();
        }
        List<String> recipientsNamed = dispatches.stream()
                .map(dispatch -> recipients.recipient(dispatch.partnerCode(), !dispatch.queued() ? null
                        : nominal.contains(dispatch.partnerCode()) ? CaseForms.NOMINAL : CaseForms.NON_NOMINAL,
                        Codes.ofNullable(dispatch.refusal()), Codes.ofNullable(dispatch.legalBasisReason())))
                .toList();
        audit.record("ALERT", "enforcement-operation", String.valueOf(operationId),
                Sentences.of("enforcement.audit-details.alert", id, files.size(), recipientsNamed));
        // What the sender just wrote is no read of it: not audited as one.
        return inForms(officer, operationId).stream().filter(alert -> alert.id() == id).findFirst().orElseThrow();
    }

    /**
     * The case rule applied to alerts: an alert is its sender's unit's information (that is how it is read here,
     * {@link #readsInFull}), so only a sender who reads that unit's cases in full ({@link Officer#seesNominal}) sends
     * its nominal form; a liaison officer's or an analyst's alert reaches every participant in the non-nominal form.
     */
    public static boolean writesInFull(Officer sender) {
        return sender.seesNominal(sender.unit().code());
    }

    /** Why a participant gets the non-nominal form: its agreements, or the sender's own reading; null when it gets the nominal. */
    private static @Nullable String whyNotNominal(ShareForms.FormDecision decision, boolean senderWritesInFull) {
        if (decision.nominalRefusal() != null) {
            return decision.nominalRefusal().kebab();
        }
        return senderWritesInFull ? null : SENDER_READS_NON_NOMINAL;
    }

    private static ShareForms.FormDecision decisionFor(Map<String, ShareForms.FormDecision> decisions, String partner) {
        return Objects.requireNonNull(decisions.get(partner), "every participant was decided on");
    }

    /**
     * What each participant of the operation would get of an alert the officer sent now, for the purpose: what the
     * form shows before the officer sends, so that no one learns only afterwards that a partner got nothing, or
     * only the non-nominal form because of who sent it.
     */
    @Transactional(readOnly = true)
    public List<Reach> reach(Officer officer, long operationId, Purpose purpose) {
        boolean senderWritesInFull = writesInFull(officer);
        Operations.Operation operation = operations.find(operationId)
                .orElseThrow(() -> new CaseNotFoundException("operation", operationId));
        return operation.partners().stream().map(partner -> {
            ShareForms.FormDecision decision = forms.decide(partner, purpose);
            if (decision.form() == null) {
                return new Reach(partner, null, decision.refusal() == null ? null : decision.refusal().kebab());
            }
            if (!exchange.reaches(partner)) {
                return new Reach(partner, null, Codes.of(Dispatch.Refusal.NO_ENDPOINT));
            }
            String whyNot = whyNotNominal(decision, senderWritesInFull);
            return new Reach(partner, whyNot == null ? decision.form() : CaseForms.NON_NOMINAL, whyNot);
        }).toList();
    }

    /**
     * The operation's alerts, newest first, each with its recipients, for an officer who may read them, as
     * they may: in full for the sender and officers who read the sender's unit's cases in full, else the text
     * cleaned as the non-nominal form cleans it and no files. Each alert shown in full is put in the audit trail
     * under the officer's name, as a received alert read is: its text and files may name persons.
     */
    @Transactional
    public List<SentAlert> sent(Officer officer, long operationId) {
        List<SentAlert> shown = inForms(officer, operationId);
        List<AuditTrail.RecordDetails> readInFull = shown.stream().filter(alert -> alert.form().equals(CaseForms.NOMINAL))
                .map(alert -> new AuditTrail.RecordDetails(String.valueOf(operationId),
                        Sentences.of("enforcement.audit-details.read-sent-alert", alert.id())))
                .toList();
        if (!readInFull.isEmpty()) {
            audit.recordAll("READ", "enforcement-operation", readInFull);
        }
        return shown;
    }

    private List<SentAlert> inForms(Officer officer, long operationId) {
        if (!officer.mayReadSentAlerts()) {
            throw new AccessDeniedException("the operation's alerts are read by the officers who read or send alerts");
        }
        Map<Long, List<Recipient>> recipients = jdbc.sql("""
                SELECT r.* FROM enforcement.operation_alert_recipient r JOIN enforcement.operation_alert a ON a.id = r.alert_id
                WHERE a.operation_id = ? ORDER BY r.partner_code""")
                .param(operationId)
                .query((rs, n) -> Map.entry(rs.getLong("alert_id"), new Recipient(rs.getString("partner_code"),
                        rs.getString("message_id"), rs.getString("refusal"), rs.getString("reason"), rs.getString("outcome"),
                        rs.getTimestamp("outcome_at") == null ? null : rs.getTimestamp("outcome_at").toInstant(),
                        rs.getBoolean("attachments_withheld"), rs.getString("form"), rs.getString("form_reason"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT * FROM enforcement.operation_alert WHERE operation_id = ? ORDER BY id DESC")
                .param(operationId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    boolean full = readsInFull(officer, rs.getString("sent_by"), rs.getString("sent_by_unit"));
                    String text = rs.getString("text");
                    return new SentAlert(id, operationId, full ? text : cleaned(text), rs.getString("purpose"),
                            rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant(),
                            recipients.getOrDefault(id, List.of()), List.of(),
                            full ? CaseForms.NOMINAL : CaseForms.NON_NOMINAL);
                })
                .list().stream()
                .map(alert -> !alert.form().equals(CaseForms.NOMINAL) ? alert
                        : new SentAlert(alert.id(), alert.operationId(), alert.text(), alert.purpose(), alert.sentBy(),
                                alert.sentAt(), alert.recipients(), attachments.of("enforcement", owner(alert.id())), alert.form()))
                .toList();
    }

    /**
     * Alerts received from partners, newest first, as the officer may read them; with an operation id, only
     * those matched to that local operation (by its shared code, never by name). Each alert shown is put in
     * the audit trail under the officer's name: a partner's text and files may name persons.
     */
    @Transactional
    public List<ReceivedAlert> received(Officer officer, @Nullable Long operationId) {
        mayRead(officer);
        List<Received> shown = jdbc.sql("""
                SELECT * FROM enforcement.received_alert
                WHERE CAST(:operation AS BIGINT) IS NULL OR operation_id = :operation
                ORDER BY received_at DESC, id DESC LIMIT 200""")
                .param("operation", operationId, java.sql.Types.BIGINT)
                .query((rs, n) -> receivedRow(rs, readsReceivedInFull(officer)))
                .list();
        if (!shown.isEmpty()) {
            audit.recordAll("READ", "enforcement-alert", shown.stream().map(Received::audited).toList());
        }
        return shown.stream().map(Received::alert).toList();
    }

    /** One alert received from a partner, however old (the inbox lists only the newest), as the officer may read it; audited. */
    @Transactional
    public Optional<ReceivedAlert> receivedAlert(Officer officer, long id) {
        mayRead(officer);
        Optional<Received> found = jdbc.sql("SELECT * FROM enforcement.received_alert WHERE id = ?").param(id)
                .query((rs, n) -> receivedRow(rs, readsReceivedInFull(officer)))
                .optional();
        found.ifPresent(alert -> audit.recordAll("READ", "enforcement-alert", List.of(alert.audited())));
        return found.map(Received::alert);
    }

    private static void mayRead(Officer officer) {
        if (!officer.mayReadReceivedAlerts()) {
            throw new AccessDeniedException("alerts received from partners are read by the enforcement roles");
        }
    }

    /** A received alert and its entry in the audit trail, under the id its arrival was recorded with. */
    private record Received(ReceivedAlert alert, String auditId) {

        AuditTrail.RecordDetails audited() {
            return new AuditTrail.RecordDetails(auditId, Sentences.of("enforcement.audit-details.read-alert", alert.id()));
        }
    }

    private Received receivedRow(java.sql.ResultSet rs, boolean full) throws java.sql.SQLException {
        long id = rs.getLong("id");
        String text = rs.getString("text");
        // Not in full: the sender's non-nominal form where it sent one (it knows names this hub does not), cleaned again.
        String sendersNonNominal = rs.getString("senders_non_nominal_text");
        return new Received(new ReceivedAlert(id, rs.getString("source_partner"),
                rs.getString("operation_name"), rs.getString("operation_name_vi"), rs.getString("operation_code"),
                rs.getObject("operation_id", Long.class), full ? text : cleaned(sendersNonNominal != null ? sendersNonNominal : text),
                rs.getTimestamp("sent_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
                full ? attachments.of("enforcement", receivedOwner(id)) : List.of(),
                full ? CaseForms.NOMINAL : CaseForms.NON_NOMINAL),
                rs.getString("source_partner") + "/" + rs.getLong("sender_alert_id"));
    }

    /**
     * The enforcement rule for reading a unit's cases ({@link Officer#seesNominal}), applied to the sender's
     * unit; the sender reads what they wrote. An alert of before the unit was recorded has none: read by its
     * sender and supervisors in full.
     */
    private static boolean readsInFull(Officer officer, String sentBy, @Nullable String sentByUnit) {
        return officer.username().equals(sentBy) || officer.seesNominal(sentByUnit == null ? "" : sentByUnit);
    }

    /** As a received case's nominal form is read: by officers who may read personal data of no unit's case. */
    private static boolean readsReceivedInFull(Officer officer) {
        return officer.maySearchPersons();
    }

    private String cleaned(String text) {
        return Objects.requireNonNullElse(nonNominal.clean(text), "");
    }

    /**
     * Whether the attachment is an alert's, which the download screen hands out: false for any other; for an
     * officer who may not read that alert (a received one: the enforcement roles; one this hub sent: those who
     * read or send alerts), or who reads it only in the non-nominal form (which has no files), access is denied.
     */
    @Transactional(readOnly = true)
    public boolean mayOpenAttachment(Officer officer, AttachmentRef ref) {
        if (!ref.ownerModule().equals("enforcement")) {
            return false;
        }
        if (ref.ownerId().startsWith("received-alert/")) {
            mayRead(officer);
            if (!readsReceivedInFull(officer)) {
                throw new AccessDeniedException("a received alert's files are read by those who read it in full");
            }
            return true;
        }
        if (ref.ownerId().startsWith("operation-alert/")) {
            if (!officer.mayReadSentAlerts()) {
                throw new AccessDeniedException("the operation's alerts are read by the officers who read or send alerts");
            }
            long alertId;
            try {
                alertId = Long.parseLong(ref.ownerId().substring("operation-alert/".length()));
            }
            catch (NumberFormatException notAnAlert) {
                return false;
            }
            boolean full = jdbc.sql("SELECT sent_by, sent_by_unit FROM enforcement.operation_alert WHERE id = ?").param(alertId)
                    .query((rs, n) -> readsInFull(officer, rs.getString("sent_by"), rs.getString("sent_by_unit")))
                    .optional().orElse(false);
            if (!full) {
                throw new AccessDeniedException("an alert's files are read by those who read it in full");
            }
            return true;
        }
        return false;
    }

    static String owner(long alertId) {
        return "operation-alert/" + alertId;
    }

    static String receivedOwner(long receivedId) {
        return "received-alert/" + receivedId;
    }

    /** Photos as photos; anything else must be a PDF document (the attachment store checks the bytes). */
    static AttachmentPurpose purposeOf(byte[] content) {
        boolean pdf = content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
        return pdf ? AttachmentPurpose.DOCUMENT : AttachmentPurpose.PHOTO;
    }

    private Purpose checked(@Nullable String text, @Nullable String purposeText, List<Upload> files,
            Operations.Operation operation) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new InvalidInputException.FieldError("text", "required", List.of()));
        }
        else if (text.strip().length() > MAX_TEXT) {
            errors.add(new InvalidInputException.FieldError("text", "too-long", List.of(String.valueOf(MAX_TEXT))));
        }
        if (files.size() > MAX_FILES) {
            errors.add(new InvalidInputException.FieldError("attachments", "too-many", List.of(String.valueOf(MAX_FILES))));
        }
        if (operation.partners().isEmpty()) {
            errors.add(new InvalidInputException.FieldError("operation", "no-participants",
                    List.of(operation.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()))));
        }
        Purpose purpose = Purpose.INVESTIGATION;
        if (purposeText != null && !purposeText.isBlank()) {
            try {
                purpose = Purpose.parse(purposeText);
            }
            catch (RuntimeException e) {
                errors.add(new InvalidInputException.FieldError("purpose", "one-of", List.of(purposeText,
                        "investigation, risk-assessment, verification, prosecution")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, InvalidInputException.ALERT);
        }
        return purpose;
    }

    /** Records how the delivery of an alert ended, as the exchange tells it; false when the message is no alert. */
    @Transactional
    public boolean outcome(String messageId, String outcome, Instant at, String note) {
        return jdbc.sql("""
                UPDATE enforcement.operation_alert_recipient SET outcome = ?, outcome_at = ?, outcome_note = ?
                WHERE message_id = ?""")
                .params(outcome, Timestamp.from(at), note, messageId).update() == 1;
    }

}
