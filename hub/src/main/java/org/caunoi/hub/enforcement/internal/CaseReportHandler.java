package org.caunoi.hub.enforcement.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadSchema;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.notifications.NotificationRequested;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives the cases partners share ({@code enforcement/CaseReport}): stores each version apart
 * from this hub's own cases, puts its names in the search, and tells the investigators and analysts
 * of each version new here (a repeat of one held already tells no one again).
 */
@Component
class CaseReportHandler implements MessageHandler {

    /** Who hears of a received case: the officers who work on cases. */
    private static final Set<Role> TOLD = EnumSet.of(Role.INVESTIGATOR, Role.ANALYST);

    private final CaseForms caseForms;
    private final ReceivedCases received;
    private final CaseNameIndex names;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final CasePhotos photos;
    private final PayloadSchema schema = CaseReport.schema();
    private final Partners partners;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    CaseReportHandler(CaseForms caseForms, CasePhotos photos, ReceivedCases received, CaseNameIndex names, AuditTrail audit,
            JsonMapper json, Partners partners, UserAccounts accounts, ApplicationEventPublisher events) {
        this.partners = partners;
        this.accounts = accounts;
        this.events = events;
        this.caseForms = caseForms;
        this.photos = photos;
        this.received = received;
        this.names = names;
        this.audit = audit;
        this.json = json;
    }

    @Override
    public MessageType type() {
        return CaseReport.TYPE;
    }

    @Override
    public PayloadSchema schema() {
        return schema;
    }

    @Override
    public List<PayloadSchema> earlierSchemas() {
        return List.of(CaseReport.schemaVersion1());
    }

    @Override
    public void handle(ReceivedMessage message) {
        CaseReport report = json.readValue(message.payload(), CaseReport.class);
        if (message.category() != DataCategory.ENFORCEMENT_NOMINAL && report.form().equals(CaseForms.NOMINAL)) {
            // The agreement checked on arrival is the category's: a report that calls itself nominal under a
            // non-nominal category is kept in the form that category allows, whatever the sender wrote.
            report = report.nonNominal(caseForms);
        }
        ReceivedCases.Stored stored = received.store(message.partnerCode(), message.messageId(), report, message.receivedAt());
        long id = stored.id();
        photos.storeReceived(id, report.photoList());
        audit.recordAs("system", "RECEIVE", "enforcement-received-case", message.partnerCode() + "/" + report.reference(),
                Sentences.of("enforcement.audit-details.case-received", report.version(), report.change(), report.form(),
                        report.photoList().size()));
        received.find(id).ifPresent(newest -> names.index("received", id, newest.content()));
        if (stored.newVersion()) {
            tell(message.partnerCode(), report, id);
        }
    }

    /** The investigators and analysts hear of a version that is new here; received cases go to no one unit. */
    private void tell(String partner, CaseReport report, long id) {
        String key = switch (report.change()) {
            case "correction" -> "enforcement.received.notice-correction";
            case "withdrawal" -> "enforcement.received.notice-withdrawal";
            default -> "enforcement.received.notice";
        };
        List<String> args = List.of(partners.inSentence(partner), report.reference(), String.valueOf(report.version()));
        accounts.all().stream()
                .filter(account -> account.enabled() && account.roles().stream().anyMatch(TOLD::contains))
                .forEach(account -> events.publishEvent(new NotificationRequested(account.username(), key, args,
                        "/enforcement/received/" + id)));
    }
}
