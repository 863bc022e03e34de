package org.caunoi.hub.enforcement.internal;

import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadSchema;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives the cases partners share ({@code enforcement/CaseReport}): stores each version apart
 * from this hub's own cases and puts its names in the search.
 */
@Component
class CaseReportHandler implements MessageHandler {

    private final CaseForms caseForms;
    private final ReceivedCases received;
    private final CaseNameIndex names;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final CasePhotos photos;
    private final PayloadSchema schema = CaseReport.schema();

    CaseReportHandler(CaseForms caseForms, CasePhotos photos, ReceivedCases received, CaseNameIndex names, AuditTrail audit, JsonMapper json) {
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
    public void handle(ReceivedMessage message) {
        CaseReport report = json.readValue(message.payload(), CaseReport.class);
        if (message.category() != DataCategory.ENFORCEMENT_NOMINAL && report.form().equals(CaseForms.NOMINAL)) {
            // The agreement checked on arrival is the category's: a report that calls itself nominal under a
            // non-nominal category is kept in the form that category allows, whatever the sender wrote.
            report = report.nonNominal(caseForms);
        }
        long id = received.store(message.partnerCode(), message.messageId(), report, message.receivedAt());
        photos.storeReceived(id, report.photoList());
        audit.recordAs("system", "RECEIVE", "enforcement-received-case", message.partnerCode() + "/" + report.reference(),
                Sentences.of("enforcement.audit-details.case-received", report.version(), report.change(), report.form(),
                        report.photoList().size()));
        received.find(id).ifPresent(stored -> names.index("received", id, stored.content()));
    }
}
