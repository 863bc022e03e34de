package org.caunoi.hub.enforcement.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.caunoi.hub.exchange.CarriedRecords;
import org.caunoi.hub.partners.ExchangedRecords;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads from the exchange and partner screens to the cases and alerts: the case a case report carried (this
 * hub's own case it shared, or the partner's case it received), the alert an operation alert carried, and the
 * cases shared with and received from a partner. Every officer opens a case, in the form their roles and unit allow ({@link Cases#read}), so
 * every officer gets the links to cases; the links to alerts go to those who may read them.
 */
@Component
class CaseRecordLinks implements CarriedRecords, ExchangedRecords {

    private final JdbcClient jdbc;
    private final Cases cases;

    CaseRecordLinks(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CarriedRecord> carriedBy(CarriedMessage message, CurrentOfficer officer) {
        if (message.type().equals(OperationAlert.TYPE.toString())) {
            return alertCarriedBy(message, Officer.of(officer));
        }
        if (!message.type().equals(CaseReport.TYPE.toString())) {
            return Optional.empty();
        }
        if (message.outbound()) {
            return jdbc.sql("""
                    SELECT c.id, c.reference FROM enforcement.case_share s JOIN enforcement.case_record c ON c.id = s.case_id
                    WHERE s.message_id = ? AND s.partner_code = ?""")
                    .params(message.messageId(), message.partnerCode())
                    .query((rs, n) -> new CarriedRecord("enforcement.record.case-shared", rs.getString("reference"),
                            "/enforcement/cases/" + rs.getLong("id")))
                    .optional();
        }
        return jdbc.sql("""
                SELECT c.id, c.sender_reference FROM enforcement.received_version v
                JOIN enforcement.received_case c ON c.id = v.received_case_id
                WHERE v.message_id = ? AND c.source_partner = ?""")
                .params(message.messageId(), message.partnerCode())
                .query((rs, n) -> new CarriedRecord("enforcement.record.case-received", rs.getString("sender_reference"),
                        "/enforcement/received/" + rs.getLong("id")))
                .optional();
    }

    /**
     * An alert sent leads to its operation's page, where the alerts sent are listed; one received to its own page,
     * which shows it however old it is and whether or not its operation is known here (the inbox lists only the
     * newest). Titled with the operation's name in the
     * reader's language; no link for an officer who may not read that alert.
     */
    private Optional<CarriedRecord> alertCarriedBy(CarriedMessage message, Officer officer) {
        Locale reader = LocaleContextHolder.getLocale();
        if (message.outbound() ? !officer.mayReadSentAlerts() : !officer.mayReadReceivedAlerts()) {
            return Optional.empty();
        }
        if (message.outbound()) {
            return jdbc.sql("""
                    SELECT a.id, a.operation_id, o.name, o.name_vi FROM enforcement.operation_alert_recipient r
                    JOIN enforcement.operation_alert a ON a.id = r.alert_id JOIN enforcement.operation o ON o.id = a.operation_id
                    WHERE r.message_id = ? AND r.partner_code = ?""")
                    .params(message.messageId(), message.partnerCode())
                    .query((rs, n) -> new CarriedRecord("enforcement.record.alert-sent",
                            OperationNames.in(reader, rs.getString("name"), rs.getString("name_vi")),
                            "/enforcement/operations/" + rs.getLong("operation_id") + "#alert-" + rs.getLong("id")))
                    .optional();
        }
        return jdbc.sql("""
                SELECT id, operation_name, operation_name_vi FROM enforcement.received_alert
                WHERE message_id = ? AND source_partner = ?""")
                .params(message.messageId(), message.partnerCode())
                .query((rs, n) -> new CarriedRecord("enforcement.record.alert-received",
                        OperationNames.in(reader, rs.getString("operation_name"), rs.getString("operation_name_vi")),
                        "/enforcement/alerts/" + rs.getLong("id")))
                .optional();
    }

    /**
     * The cases shared with the partner (a case shared in several versions counted once, as the case list filtered
     * by that partner shows them) and the cases received from it (as the received list shows them for that source).
     */
    @Override
    @Transactional(readOnly = true)
    public List<Kind> with(String partnerCode, CurrentOfficer officer) {
        long shared = cases.count(CaseFilter.of(null, partnerCode));
        long received = jdbc.sql("SELECT count(*) FROM enforcement.received_case WHERE source_partner = ?")
                .param(partnerCode).query(Long.class).single();
        return List.of(
                new Kind("enforcement.record.cases-shared", shared, shared == 0 ? null
                        : "/enforcement/cases?sharedWith=" + partnerCode),
                new Kind("enforcement.record.cases-received", received, received == 0 ? null
                        : "/enforcement/received?source=" + partnerCode));
    }
}
