package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.hub.platform.i18n.Sentences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * What refusals of messages nobody signed leave in the Hong Kong hub's audit trail: anyone can send
 * them, from as many addresses as they like, claiming to be any partner and writing anything in the
 * header. So they are recorded one by one only up to a limit per address and a limit in all, the rest
 * counted in one entry; the sender they name is marked as claimed; what they wrote is clipped.
 */
class AnonymousRefusalsAuditTest {

    static final int PER_ADDRESS = 5;
    static final int IN_ALL = 20;
    static ReceivingHub hk;

    @BeforeAll
    static void startHongKong() {
        // A window longer than the test: each test closes it itself (closeTheRefusalWindow).
        hk = new ReceivingHub("--caunoi.exchange.refusals-audited-per-minute=" + PER_ADDRESS,
                "--caunoi.exchange.refusals-audited-per-minute-in-all=" + IN_ALL,
                "--caunoi.exchange.refusal-window=PT30M");
    }

    @AfterAll
    static void stopHongKong() {
        if (hk != null) {
            hk.close();
        }
    }

    /** Each test starts with a fresh count, as at the top of a minute. */
    @BeforeEach
    void closeTheRefusalWindow() {
        hk.context.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                .filter(task -> task.getTask().getRunnable().toString().contains("closeWindow"))
                .forEach(task -> task.getTask().getRunnable().run());
    }

    @Test
    void refusalsFromManyAddressesAreRecordedOneByOneOnlyUpToTheLimitInAll() throws UnknownHostException {
        WireMessage unsigned = HandMadeMessage.ping(null, null).build();
        int addresses = 40;
        int each = 3;
        long unrecordedBefore = unrecorded();

        for (int i = 0; i < addresses; i++) {
            InetAddress from = InetAddress.getByName("127.0.1." + (10 + i));
            for (int post = 0; post < each; post++) {
                assertThat(unsigned.postTo(hk.port, from).errorCodes()).containsExactly("EBMS:0103");
            }
        }
        closeTheRefusalWindow();

        int oneByOne = hk.database.sql("SELECT count(*) FROM platform.audit_entry WHERE action = 'EXCHANGE_REFUSE_INBOUND' AND record_id = ?")
                .param(unsigned.messageId()).query(Integer.class).single();
        assertThat(oneByOne).isEqualTo(IN_ALL);
        assertThat(unrecorded() - unrecordedBefore).isEqualTo(addresses * each - IN_ALL);
    }

    @Test
    void refusalsFromOneAddressAreRecordedOneByOneOnlyUpToTheLimitPerAddress() throws UnknownHostException {
        WireMessage unsigned = HandMadeMessage.ping(null, null).build();
        InetAddress from = InetAddress.getByName("127.0.2.10");
        long unrecordedBefore = unrecorded();

        for (int post = 0; post < 12; post++) {
            unsigned.postTo(hk.port, from);
        }
        closeTheRefusalWindow();

        assertThat(hk.database.sql("SELECT count(*) FROM platform.audit_entry WHERE action = 'EXCHANGE_REFUSE_INBOUND' AND record_id = ?")
                .param(unsigned.messageId()).query(Integer.class).single()).isEqualTo(PER_ADDRESS);
        assertThat(unrecorded() - unrecordedBefore).isEqualTo(12 - PER_ADDRESS);
    }

    @Test
    void aSenderNobodyAuthenticatedIsRecordedAsClaimedAndAPartnersRefusalUnderItsOwnName() throws UnknownHostException {
        WireMessage claimingVietnam = HandMadeMessage.ping(null, hk.hongKong).build();
        WireMessage fromVietnam = HandMadeMessage.ping(hk.vietnam, hk.hongKong)
                .property("caunoi:category", "trade-statistics").property("caunoi:purpose", "statistics").build();

        claimingVietnam.postTo(hk.port, InetAddress.getByName("127.0.3.10"));
        fromVietnam.postTo(hk.port);

        assertThat(actorsOf(claimingVietnam.messageId())).containsExactly("as4:claimed:" + HandMadeMessage.VIETNAM);
        assertThat(actorsOf(fromVietnam.messageId())).containsExactly("as4:VN");
    }

    @Test
    void whatASenderWroteIsClippedBeforeItGoesIntoTheTrail() throws UnknownHostException {
        String longParty = "urn:" + "x".repeat(5_000);
        WireMessage wire = HandMadeMessage.ping(null, hk.hongKong).from(longParty).build();

        wire.postTo(hk.port, InetAddress.getByName("127.0.3.11"));

        Map<String, Object> entry = hk.database.sql("SELECT actor, details FROM platform.audit_entry WHERE action = 'EXCHANGE_REFUSE_INBOUND' AND record_id = ?")
                .param(wire.messageId()).query().singleRow();
        assertThat((String) entry.get("actor")).startsWith("as4:claimed:urn:xxx").hasSizeLessThan(120);
        assertThat((String) entry.get("details")).hasSizeLessThan(600);
    }

    private static List<String> actorsOf(String messageId) {
        return hk.database.sql("SELECT actor FROM platform.audit_entry WHERE action = 'EXCHANGE_REFUSE_INBOUND' AND record_id = ? ORDER BY id")
                .param(messageId).query(String.class).list();
    }

    /** The refusals counted rather than recorded, summed over the trail's entries that say how many (in English). */
    private static long unrecorded() {
        Pattern count = Pattern.compile("^(\\d+) ");
        Sentences sentences = hk.context.getBean(Sentences.class);
        return hk.database.sql("SELECT details FROM platform.audit_entry WHERE action = 'EXCHANGE_REFUSE_INBOUND_UNRECORDED'")
                .query(String.class).list().stream().map(details -> sentences.render(details, Locale.ENGLISH))
                .map(count::matcher).filter(Matcher::find)
                .mapToLong(match -> Long.parseLong(match.group(1))).sum();
    }
}
