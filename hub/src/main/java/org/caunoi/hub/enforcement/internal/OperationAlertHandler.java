package org.caunoi.hub.enforcement.internal;

import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadSchema;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.attachments.Attachments;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.notifications.NotificationRequested;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives partners' operation alerts ({@code enforcement/OperationAlert}): keeps each with its
 * attachments (checked by the attachment store like any upload) and tells the officers who may read it,
 * through the hub's notifications, that it arrived.
 */
@Component
class OperationAlertHandler implements MessageHandler {

    /** Who hears of an alert: the officers who may read it ({@link Officer#mayReadReceivedAlerts()}), no one sent to a refusal. */
    private static final Set<Role> TOLD = EnumSet.of(Role.ADMIN, Role.INVESTIGATOR, Role.SUPERVISOR, Role.ANALYST);

    private final JdbcClient jdbc;
    private final Attachments attachments;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final PayloadSchema schema = OperationAlert.schema();
    private final Operations operations;
    private final Partners partners;

    OperationAlertHandler(Operations operations, Partners partners, JdbcClient jdbc, Attachments attachments, UserAccounts accounts, ApplicationEventPublisher events,
            AuditTrail audit, JsonMapper json) {
        this.operations = operations;
        this.partners = partners;
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.json = json;
    }

    @Override
    public MessageType type() {
        return OperationAlert.TYPE;
    }

    @Override
    public PayloadSchema schema() {
        return schema;
    }

    @Override
    public List<PayloadSchema> earlierSchemas() {
        return List.of(OperationAlert.schemaVersion1());
    }

    @Override
    public void handle(ReceivedMessage message) {
        OperationAlert alert = json.readValue(message.payload(), OperationAlert.class);
        // The local operation is the one with the alert's shared code; a name alone proves nothing (two
        // hubs may both run a "Mekong Dragon"), so without a code the operation is not known here.
        Long operationId = alert.operationCode() == null ? null
                : operations.byCode(alert.operationCode()).map(Operations.Operation::id).orElse(null);
        long id = jdbc.sql("""
                INSERT INTO enforcement.received_alert (source_partner, message_id, sender_alert_id, operation_name,
                    operation_name_vi, text, senders_non_nominal_text, sent_at, received_at, sender_operation_id,
                    operation_code, operation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                // positional: SQL NULL for an unknown operation or an alert without the sender's operation id, code,
                // Vietnamese name or non-nominal text
                .param(message.partnerCode()).param(message.messageId()).param(alert.alertId()).param(alert.operation())
                .param(alert.operationVi())
                .param(alert.text()).param(alert.nonNominalText())
                .param(Timestamp.from(alert.sentAt())).param(Timestamp.from(message.receivedAt()))
                .param(alert.operationId()).param(alert.operationCode()).param(operationId)
                .query(Long.class).single();
        for (OperationAlert.File file : alert.attachments()) {
            attachments.store("enforcement", OperationAlerts.receivedOwner(id), OperationAlerts.purposeOf(file.content()),
                    file.name(), file.content());
        }
        // Named as the sender named it, in the reader's language where the sender gave both.
        String operation = OperationNames.inSentence(alert.operation(), alert.operationVi());
        String details = operationId == null
                ? Sentences.of("enforcement.audit-details.alert-received-unknown", operation, alert.attachments().size())
                : Sentences.of("enforcement.audit-details.alert-received", operation, operationId,
                        alert.attachments().size());
        audit.recordAs("system", "RECEIVE", "enforcement-alert", message.partnerCode() + "/" + alert.alertId(), details);
        List<String> args = List.of(partners.inSentence(message.partnerCode()), operation);
        String link = operationId == null ? "/enforcement/alerts/" + id
                : "/enforcement/operations/" + operationId + "#received-alert-" + id;
        accounts.all().stream()
                .filter(account -> account.enabled() && account.roles().stream().anyMatch(TOLD::contains))
                .forEach(account -> events.publishEvent(new NotificationRequested(account.username(),
                        operationId == null ? "enforcement.alert.notice-unknown" : "enforcement.alert.notice", args, link)));
    }
}
