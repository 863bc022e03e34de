package org.caunoi.hub.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.exchange.CarriedRecords;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.partners.ExchangedRecords;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.RowCallbackHandler;
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

    /**
     * A case report leads to the case it shared or the case received; an alert sent to its operation's page, where
     * the alerts sent are listed; one received to its own page, which shows it however old it is and whether or
     * not its operation is known here (the inbox lists only the newest). An alert is titled with its operation's
     * name in the reader's language, and linked only for an officer who may read it. One query for each of the four
     * that the page holds.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<CarriedMessage, CarriedRecord> carriedBy(List<CarriedMessage> messages, CurrentOfficer officer) {
        Locale reader = LocaleContextHolder.getLocale();
        Map<CarriedMessage, CarriedRecord> found = new HashMap<>();
        Officer asking = Officer.of(officer);
        found(found, messages, CaseReport.TYPE, true, """
                SELECT s.message_id, s.partner_code AS partner, c.id, c.reference FROM enforcement.case_share s
                JOIN enforcement.case_record c ON c.id = s.case_id WHERE s.message_id = ANY(?)""",
                rs -> new CarriedRecord("enforcement.record.case-shared", rs.getString("reference"),
                        "/enforcement/cases/" + rs.getLong("id")));
        found(found, messages, CaseReport.TYPE, false, """
                SELECT v.message_id, c.source_partner AS partner, c.id, c.sender_reference FROM enforcement.received_version v
                JOIN enforcement.received_case c ON c.id = v.received_case_id WHERE v.message_id = ANY(?)""",
                rs -> new CarriedRecord("enforcement.record.case-received", rs.getString("sender_reference"),
                        "/enforcement/received/" + rs.getLong("id")));
        // No link to an alert for an officer who may not read it.
        if (asking.mayReadSentAlerts()) {
            found(found, messages, OperationAlert.TYPE, true, """
                    SELECT r.message_id, r.partner_code AS partner, a.id, a.operation_id, o.name, o.name_vi
                    FROM enforcement.operation_alert_recipient r JOIN enforcement.operation_alert a ON a.id = r.alert_id
                    JOIN enforcement.operation o ON o.id = a.operation_id WHERE r.message_id = ANY(?)""",
                    rs -> new CarriedRecord("enforcement.record.alert-sent",
                            OperationNames.in(reader, rs.getString("name"), rs.getString("name_vi")),
                            "/enforcement/operations/" + rs.getLong("operation_id") + "#alert-" + rs.getLong("id")));
        }
        if (asking.mayReadReceivedAlerts()) {
            found(found, messages, OperationAlert.TYPE, false, """
                    SELECT message_id, source_partner AS partner, id, operation_name, operation_name_vi
                    FROM enforcement.received_alert WHERE message_id = ANY(?)""",
                    rs -> new CarriedRecord("enforcement.record.alert-received",
                            OperationNames.in(reader, rs.getString("operation_name"), rs.getString("operation_name_vi")),
                            "/enforcement/alerts/" + rs.getLong("id")));
        }
        return found;
    }

    /**
     * Adds to {@code found} the records of the messages of this type and direction, read by {@code sql} from their
     * message ids (its rows name {@code message_id} and {@code partner}); nothing is read for a page without one.
     */
    private void found(Map<CarriedMessage, CarriedRecord> found, List<CarriedMessage> messages, MessageType type,
            boolean outbound, String sql, Reading record) {
        Map<Sent, CarriedMessage> asked = new HashMap<>();
        messages.stream().filter(message -> message.outbound() == outbound && message.type().equals(type.toString()))
                .forEach(message -> asked.putIfAbsent(new Sent(message.messageId(), message.partnerCode()), message));
        if (asked.isEmpty()) {
            return;
        }
        jdbc.sql(sql).param(asked.keySet().stream().map(Sent::messageId).distinct().toArray(String[]::new))
                .query((RowCallbackHandler) rs -> {
                    CarriedMessage message = asked.get(new Sent(rs.getString("message_id"), rs.getString("partner")));
                    if (message != null) {
                        found.putIfAbsent(message, record.of(rs));
                    }
                });
    }

    /** A message as the tables of this module name it: its id, and the partner it went to or came from. */
    private record Sent(String messageId, String partnerCode) {
    }

    /** The record a row of a query reads. */
    @FunctionalInterface
    private interface Reading {
        CarriedRecord of(ResultSet row) throws SQLException;
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
