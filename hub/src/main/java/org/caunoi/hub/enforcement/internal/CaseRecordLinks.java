package org.caunoi.hub.enforcement.internal;

import java.util.List;
import java.util.Optional;

import org.caunoi.hub.exchange.CarriedRecords;
import org.caunoi.hub.partners.ExchangedRecords;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads from the exchange and partner screens to the cases: the case a case report carried (this hub's
 * own case it shared, or the partner's case it received), and the reports sent to and cases received from a
 * partner. Every officer opens a case, in the form their roles and unit allow ({@link Cases#read}), so
 * every officer gets the links.
 */
@Component
class CaseRecordLinks implements CarriedRecords, ExchangedRecords {

    private final JdbcClient jdbc;

    CaseRecordLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CarriedRecord> carriedBy(CarriedMessage message, CurrentOfficer officer) {
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
     * The case reports sent to the partner (each version of a case shared is one, as the exchange's list of
     * them shows) and the cases received from it (as the received list shows them for that source).
     */
    @Override
    @Transactional(readOnly = true)
    public List<Kind> with(String partnerCode, CurrentOfficer officer) {
        long reports = jdbc.sql("SELECT count(*) FROM enforcement.case_share WHERE partner_code = ?").param(partnerCode)
                .query(Long.class).single();
        long received = jdbc.sql("SELECT count(*) FROM enforcement.received_case WHERE source_partner = ?")
                .param(partnerCode).query(Long.class).single();
        return List.of(
                new Kind("enforcement.record.reports-sent", reports, reports == 0 ? null
                        : "/exchange/messages?direction=out&partner=" + partnerCode + "&type=" + CaseReport.TYPE),
                new Kind("enforcement.record.cases-received", received, received == 0 ? null
                        : "/enforcement/received?source=" + partnerCode));
    }
}
