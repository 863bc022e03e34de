package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessages;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.partners.RefusalReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sharing a record with several partners: a check per recipient, the record's version and caveats
 * on the wire, the sending module told of the outcome, and content from one partner passed on to
 * another only with its recorded consent.
 */
class SharingRecordsTest {

    @RegisterExtension
    static final DemoHubs NETWORK = new DemoHubs();
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext hk;

    @BeforeAll
    static void startBothHubs() {
        hk = NETWORK.startHk("--caunoi.test.recording-handler=true");
        vn = NETWORK.startVn("--caunoi.test.record-outcomes=true");
    }

    @Test
    void eachRecipientIsCheckedOnItsOwnAndOneRefusalStopsNoOther() {
        List<Dispatch> dispatches = send(ping(List.of("HK", "XX", "CN")));

        assertThat(dispatches).extracting(Dispatch::partnerCode).containsExactly("HK", "XX", "CN");
        assertThat(dispatches.get(0).queued()).isTrue();
        assertThat(dispatches.get(1).refusal()).isEqualTo(Dispatch.Refusal.NO_LEGAL_BASIS);
        assertThat(dispatches.get(1).legalBasisReason()).isEqualTo(RefusalReason.UNKNOWN_PARTNER);
        assertThat(dispatches.get(2).refusal()).as("an agreement, but no hub to send to").isEqualTo(Dispatch.Refusal.NO_ENDPOINT);
        awaitDelivered(dispatches.get(0).messageId());
    }

    @Test
    void theRecordsVersionAndCaveatsTravelInTheEbmsHeader() {
        var revision = Revision.original("enforcement-case/VN-2026-000001").correction();
        String messageId = send(ping(List.of("HK")).revision(revision)
                .caveats(Set.of(Caveat.NO_ONWARD_TRANSMISSION, Caveat.INTELLIGENCE_ONLY))).getFirst().messageId();

        awaitDelivered(messageId);
        String onTheWire = new String(vn.getBean(OutboundMessages.class).sentRaw(messageId).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(onTheWire).contains(">enforcement-case/VN-2026-000001</")
                .contains("name=\"caunoi:version\">2<", "name=\"caunoi:change\">correction<")
                .contains("name=\"caunoi:caveats\">intelligence-only no-onward-transmission<");
    }

    @Test
    void theReceivingModuleIsHandedTheVersionTheCaveatsAndWhatTheMessageAnswers() {
        var revision = Revision.original("enforcement-case/VN-2026-000002").withdrawal();
        var message = OutgoingMessage.to(List.of("HK"), RecordingTestHandler.TYPE, DataCategory.ENFORCEMENT_NON_NOMINAL,
                Purpose.RISK_ASSESSMENT, "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .inReplyTo("an-earlier-message@hk.caunoi").revision(revision).caveats(Set.of(Caveat.CUSTOMS_USE_ONLY));

        String messageId = send(message).getFirst().messageId();

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                hk.getBean(RecordingTestHandler.class).received()).anySatisfy(received -> {
                    assertThat(received.messageId()).isEqualTo(messageId);
                    assertThat(received.threading()).isEqualTo(
                            new Threading("an-earlier-message@hk.caunoi", revision, Set.of(Caveat.CUSTOMS_USE_ONLY)));
                }));
    }

    @Test
    void aMessageWithoutThreadingArrivesWithNone() {
        var message = OutgoingMessage.to(List.of("HK"), RecordingTestHandler.TYPE, DataCategory.ENFORCEMENT_NON_NOMINAL,
                Purpose.RISK_ASSESSMENT, "application/json", "{}".getBytes(StandardCharsets.UTF_8));

        String messageId = send(message).getFirst().messageId();

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                hk.getBean(RecordingTestHandler.class).received()).anySatisfy(received -> {
                    assertThat(received.messageId()).isEqualTo(messageId);
                    assertThat(received.threading()).isEqualTo(Threading.NONE);
                }));
    }

    @Test
    void theSendingModuleHearsOfTheReceiptOfATypeItFollows() {
        String messageId = send(recorded(List.of("HK"))).getFirst().messageId();

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                vn.getBean(OutcomeRecorder.class).outcomes()).anySatisfy(outcome -> {
                    assertThat(outcome).isInstanceOf(MessageDelivered.class);
                    assertThat(((MessageDelivered) outcome).messageId()).isEqualTo(messageId);
                    assertThat(((MessageDelivered) outcome).partnerCode()).isEqualTo("HK");
                }));
    }

    @Test
    void anOutcomeNobodyFollowsIsNotPublishedAndWritesNoEventPublication() {
        String followed = send(recorded(List.of("HK"))).getFirst().messageId();
        String nobodyFollows = send(ping(List.of("HK"))).getFirst().messageId();

        awaitDelivered(nobodyFollows);
        awaitDelivered(followed);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(deliveredMessageIds()).contains(followed));
        assertThat(deliveredMessageIds()).doesNotContain(nobodyFollows);
        assertThat(publicationsAbout(followed)).as("the listening modules' publications of a followed type").isPositive();
        assertThat(publicationsAbout(nobodyFollows)).isZero();
    }

    @Test
    void contentFromAPartnerGoesToAnotherOnlyWithItsRecordedConsent() {
        var fromHongKong = ping(List.of("CN")).revision(Revision.original("enforcement-case/HK-1")).receivedFrom("HK");

        assertThat(send(fromHongKong).getFirst().refusal()).isEqualTo(Dispatch.Refusal.NO_ONWARD_CONSENT);
        assertThat(send(fromHongKong.revision(Revision.original("enforcement-case/HK-2"))).getFirst().refusal())
                .isEqualTo(Dispatch.Refusal.NO_ONWARD_CONSENT);

        vn.getBean(OnwardConsents.class).record("HK", "CN", "enforcement-case/HK-1", "HK letter 2026/17");

        assertThat(send(fromHongKong).getFirst().refusal()).as("past the consent, to a partner without a hub")
                .isEqualTo(Dispatch.Refusal.NO_ENDPOINT);
        assertThat(send(fromHongKong.revision(Revision.original("enforcement-case/HK-2"))).getFirst().refusal())
                .as("the consent covers that record only").isEqualTo(Dispatch.Refusal.NO_ONWARD_CONSENT);
        assertThat(send(ping(List.of("HK")).receivedFrom("HK")).getFirst().queued()).as("back to the source needs none").isTrue();
    }

    private static OutgoingMessage ping(List<String> recipients) {
        byte[] body = "<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><From>VN</From><At>2026-12-06T00:00:00Z</At></Ping>"
                .getBytes(StandardCharsets.UTF_8);
        return OutgoingMessage.to(recipients, MessageType.PING, DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.RISK_ASSESSMENT,
                "application/xml", body);
    }

    private static OutgoingMessage recorded(List<String> recipients) {
        return OutgoingMessage.to(recipients, RecordingTestHandler.TYPE, DataCategory.ENFORCEMENT_NON_NOMINAL,
                Purpose.RISK_ASSESSMENT, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> deliveredMessageIds() {
        return vn.getBean(OutcomeRecorder.class).outcomes().stream().filter(MessageDelivered.class::isInstance)
                .map(outcome -> ((MessageDelivered) outcome).messageId()).toList();
    }

    private static long publicationsAbout(String messageId) {
        return vn.getBean(JdbcClient.class).sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + messageId + "%").query(Long.class).single();
    }

    private static List<Dispatch> send(OutgoingMessage message) {
        return vn.getBean(TransactionTemplate.class).execute(status -> vn.getBean(ExchangeService.class).send(message));
    }

    private static void awaitDelivered(String messageId) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                ExchangeReliabilityTest.outboundState(vn, messageId)).isEqualTo("RECEIPT_RECEIVED"));
    }
}
