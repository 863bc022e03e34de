package org.caunoi.hub.exchange.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.exchange.DemoHubs;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A copy queued by this instance is queued claimed and handed straight to a sending thread: the
 * hand-over is bounded, a rolled-back send gives its claims back, and a copy that waited in the
 * hand-over for half its lease is left to the sweep, which delivers it once the lease ends. The
 * statements that queue, store and receipt a message write its audit entries: once each, never for
 * a change that did not happen.
 */
class OutboxSenderTest {

    private static final String HONG_KONG_EN = "Customs and Excise Department, Hong Kong, China";

    @RegisterExtension
    static final DemoHubs NETWORK = new DemoHubs();
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext hk;

    @BeforeAll
    static void startBothHubs() {
        hk = NETWORK.startHk();
        vn = NETWORK.startVn("--caunoi.exchange.send-lease=4s");
    }

    @Test
    void theHandOverIsBoundedAndARolledBackSendGivesItsClaimsBack() {
        // A send that fails before its copies are queued gives its claims back too.
        assertThatThrownBy(() -> vn.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            vn.getBean(OutboxSender.class).handOver(16);
            throw new IllegalStateException("the insert failed");
        })).hasMessage("the insert failed");
        // A copy of an earlier test may still hold its claim for a moment after its receipt is committed.
        for (int round = 1; round <= 2; round++) {
            int sendRound = round;
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(claimedInARolledBackSendOf(20))
                    .as("round %d: copies queued claimed for the hand-over, at most its limit", sendRound).isEqualTo(16));
        }

        List<String> sent = vn.getBean(TransactionTemplate.class).execute(status -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(vn.getBean(ExchangeService.class).ping("HK"));
            }
            return ids;
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc(vn).sql(
                "SELECT count(*) FROM exchange.outbound_message WHERE message_id = ANY(?) AND state = 'RECEIPT_RECEIVED'")
                .param(sent.toArray(String[]::new)).query(Long.class).single() == 20);
        assertThat(jdbc(hk).sql("SELECT count(*), coalesce(sum(duplicates), 0) FROM exchange.inbound_message WHERE message_id = ANY(?)")
                .param(sent.toArray(String[]::new)).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                .as("the 16 handed over and the 4 claimed from the table arrive once each").containsExactly(20L, 0L);
    }

    @Test
    void aMessageSentFromThisInstanceIsDeliveredOnceWithOneAttempt() {
        String id = vn.getBean(ExchangeService.class).ping("HK");

        await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("RECEIPT_RECEIVED"));
        assertThat(jdbc(vn).sql("SELECT attempts FROM exchange.outbound_message WHERE message_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc(vn).sql("SELECT claimed_by FROM exchange.outbound_message WHERE message_id = ?").param(id)
                .query(String.class).optional()).as("the claim is cleared with the receipt").isEmpty();
        assertThat(jdbc(hk).sql("SELECT count(*) FROM exchange.inbound_message WHERE message_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCopyThatWaitedInTheHandOverForHalfItsLeaseIsDeliveredByTheSweepOnceTheLeaseEnds() {
        OutboxSender sender = vn.getBean(OutboxSender.class);
        OutboundMessages messages = vn.getBean(OutboundMessages.class);
        Instant now = vn.getBean(Clock.class).instant();
        // Queued claimed with a lease already past its half (4 s), as if the threads had been busy that long.
        Instant leaseEnd = now.plusMillis(1900);
        String messageId = UUID.randomUUID() + "@vn.caunoi";
        byte[] ping = ("<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><From>VN</From><At>" + now + "</At></Ping>")
                .getBytes(StandardCharsets.UTF_8);
        var message = new OutboundMessages.NewMessage("", "", MessageType.PING, null, null, "application/xml", ping,
                Threading.NONE, null);
        String claim = vn.getBean(TransactionTemplate.class).execute(status -> {
            OutboxSender.HandOver handOver = sender.handOver(1);
            List<OutboundMessage> copies = messages.insert(message, List.of(messageId), List.of("HK"), handOver.claims(),
                    now, leaseEnd, now.plus(Duration.ofDays(1)), "test", vn.getBean(AuditTrail.class).inStatement(
                            List.of(new AuditTrail.Planned("test", "EXCHANGE_QUEUE", "exchange-message", messageId, "test"))));
            handOver.queued(copies, List.of(vn.getBean(PartnerEndpoints.class).of("HK").orElseThrow()));
            return handOver.claims().getFirst();
        });
        assertThat(claim).as("queued claimed for the hand-over").isNotNull();

        await().atMost(Duration.ofSeconds(30)).until(() -> state(messageId).equals("RECEIPT_RECEIVED"));
        assertThat(jdbc(vn).sql("SELECT attempts FROM exchange.outbound_message WHERE message_id = ?").param(messageId)
                .query(Integer.class).single()).as("sent once, by the sweep's claim").isEqualTo(1);
        // Sent by the hand-over it would have been at once; the sweep can claim it only when the lease ends.
        assertThat(jdbc(vn).sql("SELECT receipt_at FROM exchange.outbound_message WHERE message_id = ?").param(messageId)
                .query(java.sql.Timestamp.class).single().toInstant()).as("sent after the lease ended").isAfterOrEqualTo(leaseEnd);
        assertThat(jdbc(hk).sql("SELECT count(*) FROM exchange.inbound_message WHERE message_id = ?").param(messageId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(Optional.ofNullable(jdbc(vn).sql("SELECT claimed_by FROM exchange.outbound_message WHERE message_id = ?")
                .param(messageId).query(String.class).optional().orElse(null))).isEmpty();
    }

    @Test
    void queuingArrivalAndReceiptAreAuditedOnceEachByTheStatementsThatRecordThem() {
        String id;
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("liaison", "demo", "ROLE_LIAISON"));
        try {
            id = vn.getBean(ExchangeService.class).ping("HK");
        }
        finally {
            SecurityContextHolder.clearContext();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("RECEIPT_RECEIVED"));

        assertThat(audited(vn, id)).containsExactly("liaison EXCHANGE_QUEUE", "system EXCHANGE_DELIVERED");
        assertThat(audited(hk, id)).containsExactly("as4:VN EXCHANGE_RECEIVE", "system EXCHANGE_PROCESSED");
        // The entries' details are sentences, worded in the reader's language when shown, the partner by its name.
        assertThat(details(vn, id, Locale.ENGLISH)).satisfiesExactly(
                queued -> assertThat(queued).matches("Connectivity check \\(Ping\\) to " + HONG_KONG_EN + ", \\d+ bytes"),
                delivered -> assertThat(delivered).isEqualTo("Connectivity check (Ping) to " + HONG_KONG_EN
                        + ", signed receipt stored"));
        assertThat(details(hk, id, Locale.ENGLISH)).satisfiesExactly(
                received -> assertThat(received).matches("Connectivity check \\(Ping\\) from Vietnam Customs "
                        + "\\(Department of Customs\\), \\d+ bytes, stored before the receipt"),
                processed -> assertThat(processed).isEqualTo(
                        "Connectivity check (Ping) from Vietnam Customs (Department of Customs) handled by PingHandler"));
        String deliveredInVietnamese = "gửi Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc) thông điệp Kiểm tra kết nối (Ping), "
                + "đã lưu biên nhận có ký số";
        assertThat(details(vn, id, Locale.of("vi"))).last().isEqualTo(deliveredInVietnamese);
        var admin = new BrowserSession(NETWORK.vnPort);
        admin.logIn("admin", "demo");
        assertThat(admin.get("/admin/audit?action=EXCHANGE_DELIVERED&lang=vi")).as("the audit screen")
                .contains("<td>" + deliveredInVietnamese + "</td>");
        assertThat(admin.get("/admin/audit?action=EXCHANGE_DELIVERED&lang=en"))
                .contains("<td>Connectivity check (Ping) to " + HONG_KONG_EN + ", signed receipt stored</td>");
        // A second receipt for the same message (another sender's, after a lease ran out) records nothing.
        long messageRow = jdbc(vn).sql("SELECT id FROM exchange.outbound_message WHERE message_id = ?").param(id)
                .query(Long.class).single();
        Instant now = vn.getBean(Clock.class).instant();
        boolean recordedAgain = vn.getBean(OutboundMessages.class).delivered(messageRow, new byte[] {1}, new byte[] {2}, now,
                "attempt 2 by test", vn.getBean(AuditTrail.class).inStatement(List.of(new AuditTrail.Planned("system",
                        "EXCHANGE_DELIVERED", "exchange-message", id, "a second receipt"))));
        assertThat(recordedAgain).isFalse();
        assertThat(audited(vn, id)).containsExactly("liaison EXCHANGE_QUEUE", "system EXCHANGE_DELIVERED");
        for (var hub : List.of(vn, hk)) {
            var chain = hub.getBean(AuditTrail.class).verify();
            assertThat(chain.intact()).as("%s: %s", chain.firstBrokenEntryId(), chain.problem()).isTrue();
        }
    }

    /** Who did what to this message, in the order of the trail. */
    private static List<String> audited(ConfigurableApplicationContext hub, String messageId) {
        return jdbc(hub).sql("""
                SELECT actor || ' ' || action FROM platform.audit_entry
                WHERE record_type = 'exchange-message' AND record_id = ? ORDER BY id""")
                .param(messageId).query(String.class).list();
    }

    /** The details of this message's entries, in the order of the trail, worded in the language. */
    private static List<String> details(ConfigurableApplicationContext hub, String messageId, Locale language) {
        Sentences sentences = hub.getBean(Sentences.class);
        return jdbc(hub).sql("""
                SELECT details FROM platform.audit_entry
                WHERE record_type = 'exchange-message' AND record_id = ? ORDER BY id""")
                .param(messageId).query(String.class).list().stream()
                .map(details -> sentences.render(details, language)).toList();
    }

    /** Sends so many pings in a transaction that rolls back; how many were queued claimed before it did. */
    private static long claimedInARolledBackSendOf(int copies) {
        List<String> ids = new ArrayList<>();
        long claimed = vn.getBean(TransactionTemplate.class).execute(status -> {
            for (int i = 0; i < copies; i++) {
                ids.add(vn.getBean(ExchangeService.class).ping("HK"));
            }
            status.setRollbackOnly();
            return jdbc(vn).sql("SELECT count(*) FROM exchange.outbound_message WHERE message_id = ANY(?) AND claimed_by IS NOT NULL")
                    .param(ids.toArray(String[]::new)).query(Long.class).single();
        });
        assertThat(jdbc(vn).sql("SELECT count(*) FROM exchange.outbound_message WHERE message_id = ANY(?)")
                .param(ids.toArray(String[]::new)).query(Long.class).single()).as("rolled back: nothing queued").isZero();
        assertThat(jdbc(vn).sql("SELECT count(*) FROM platform.audit_entry WHERE record_id = ANY(?)")
                .param(ids.toArray(String[]::new)).query(Long.class).single()).as("rolled back: nothing audited").isZero();
        return claimed;
    }

    private static String state(String messageId) {
        return jdbc(vn).sql("SELECT state FROM exchange.outbound_message WHERE message_id = ?").param(messageId)
                .query(String.class).single();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext hub) {
        return hub.getBean(JdbcClient.class);
    }
}
