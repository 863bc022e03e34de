package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.exchange.WireMessage.As4Answer;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.partners.AgreementBuilder;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.PartnerKind;
import org.caunoi.hub.partners.Region;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.caunoi.hub.platform.i18n.Sentences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Hong Kong hub receiving messages from Vietnam that are signed and encrypted as they should
 * be, over real HTTP, but whose ebMS header says something the hub cannot take: addressed to
 * another hub, of a type it has no handler for, of a data category it does not know, or with
 * version, change and caveat properties that contradict each other. Each is refused with its ebMS
 * error, recorded in the audit trail and not stored; the threading a partner may send arrives as it
 * was sent.
 */
class InboundHeaderChecksTest {

    static ReceivingHub hk;

    @BeforeAll
    static void startHongKong() {
        // Every refusal recorded one by one: these tests look for each in the audit trail.
        hk = new ReceivingHub("--caunoi.exchange.refusals-audited-per-minute=100000", "--caunoi.test.recording-handler=true");
    }

    @AfterAll
    static void stopHongKong() {
        if (hk != null) {
            hk.close();
        }
    }

    @Test
    void refusesAMessageAddressedToAnotherHubBeforeItsSenderCounts() {
        WireMessage toLaos = fromVietnam().to("urn:caunoi:hub:LA").build();

        assertRefused(toLaos, "EBMS:0003", "not to this hub");
        assertThat(actorOfRefusal(toLaos)).as("the sender is not looked at yet: only claimed")
                .isEqualTo("as4:claimed:" + HandMadeMessage.VIETNAM);
    }

    @Test
    void refusesATypeThisHubHasNoHandlerForAsVietnamsBusiness() {
        WireMessage unknownType = fromVietnam().type(new MessageType("test", "NobodyHandlesThis")).build();

        assertRefused(unknownType, "EBMS:0001", "no handler for test/NobodyHandlesThis");
        assertThat(actorOfRefusal(unknownType)).isEqualTo("as4:VN");
    }

    @Test
    void refusesADataCategoryThisHubDoesNotKnow() {
        WireMessage gossip = fromVietnam().property("caunoi:category", "gossip").build();

        assertRefused(gossip, "EBMS:0001", "gossip");
    }

    /** Properties no honest hub sends together: the version needs its change and a ConversationId, and the reverse. */
    @ParameterizedTest(name = "version {0}, change {1}, caveats {2}")
    @CsvSource(nullValues = "none", value = {
            "2,    none,       none",
            "none, correction, none",
            "two,  correction, none",
            "2,    rewrite,    none",
            "2,    original,   none",
            "1,    correction, none",
            "0,    withdrawal, none",
            "none, none,       'customs-use-only for-your-eyes-only'" })
    void refusesThreadingPropertiesThatContradictEachOtherOrTheProfile(String version, String change, String caveats) {
        HandMadeMessage message = fromVietnam();
        if (version != null) {
            message.property("caunoi:version", version);
        }
        if (change != null) {
            message.property("caunoi:change", change);
        }
        if (caveats != null) {
            message.property("caunoi:caveats", caveats);
        }

        assertRefused(message.build(), "EBMS:0003", "the version, change or caveat properties are not valid");
    }

    @Test
    void storesACorrectionWithItsCaveatsAsSentWhateverTheSpacesBetweenThem() {
        WireMessage correction = fromVietnam().property("caunoi:in-reply-to", "an-earlier-message@hk.caunoi")
                .property("caunoi:version", "2").property("caunoi:change", "Correction")
                .property("caunoi:caveats", "  intelligence-only   customs-use-only ").build();

        As4Answer answer = correction.postTo(hk.port);

        assertThat(answer.isReceipt()).as(answer.toString()).isTrue();
        Map<String, Object> stored = hk.database.sql("""
                SELECT in_reply_to, conversation_id IS NOT NULL AS has_conversation, version, change_kind,
                    array_to_string(caveats, ' ') AS caveats
                FROM exchange.inbound_message WHERE message_id = ?""").param(correction.messageId()).query().singleRow();
        assertThat(stored).containsEntry("in_reply_to", "an-earlier-message@hk.caunoi")
                .containsEntry("has_conversation", true).containsEntry("version", 2)
                .containsEntry("change_kind", "CORRECTION").containsEntry("caveats", "customs-use-only intelligence-only");
    }

    @Test
    void acceptsBlankCaveatsAsNone() {
        WireMessage blank = fromVietnam().property("caunoi:caveats", "   ").build();

        As4Answer answer = blank.postTo(hk.port);

        assertThat(answer.isReceipt()).as(answer.toString()).isTrue();
        assertThat(hk.database.sql("SELECT cardinality(caveats) FROM exchange.inbound_message WHERE message_id = ?")
                .param(blank.messageId()).query(Integer.class).single()).isZero();
    }

    @Test
    void refusesAMessageTheReceivingModuleWillNotTakeWithItsReason() {
        WireMessage refused = forTheRecordingHandler().payload(RecordingTestHandler.REFUSED_PAYLOAD
                .getBytes(StandardCharsets.UTF_8)).build();

        assertRefused(refused, "EBMS:0004", "refused by the receiving module: the test handler refuses this payload");
        assertThat(actorOfRefusal(refused)).isEqualTo("as4:VN");
    }

    /** A handler that does real work is not run before the receipt: the processor hands it the stored message once. */
    @Test
    void aMessageForAHandlerThatDoesRealWorkIsStoredFirstThenHandedToItOnce() {
        WireMessage record = forTheRecordingHandler().build();

        As4Answer answer = record.postTo(hk.port);

        assertThat(answer.isReceipt()).as(answer.toString()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> "PROCESSED".equals(hk.database.sql(
                "SELECT state FROM exchange.inbound_message WHERE message_id = ?").param(record.messageId())
                .query(String.class).optional().orElse("ABSENT")));
        assertThat(hk.context.getBean(RecordingTestHandler.class).received())
                .filteredOn(received -> received.messageId().equals(record.messageId())).singleElement()
                .satisfies(received -> {
                    assertThat(received.partnerCode()).isEqualTo("VN");
                    assertThat(received.category()).isEqualTo(DataCategory.ENFORCEMENT_NON_NOMINAL);
                    assertThat(received.purpose()).isEqualTo(Purpose.RISK_ASSESSMENT);
                });
        assertThat(hk.database.sql("SELECT state || ' ' || detail FROM exchange.message_event WHERE direction = 'IN' AND message_id = ? ORDER BY id")
                .param(record.messageId()).query(String.class).list()).containsExactly("RECEIVED ", "PROCESSED RecordingTestHandler");
        assertThat(hk.database.sql("SELECT actor || ' ' || action FROM platform.audit_entry WHERE record_id = ? ORDER BY id")
                .param(record.messageId()).query(String.class).list())
                .containsExactly("as4:VN EXCHANGE_RECEIVE", "system EXCHANGE_PROCESSED");
        assertThat(hk.database.sql("SELECT raw_message FROM exchange.inbound_message WHERE message_id = ?")
                .param(record.messageId()).query(byte[].class).single()).as("the request as it came, kept as evidence")
                .isEqualTo(record.body());
    }

    @Test
    void aPayloadOutsideItsTypesSchemaIsRefusedNamingTheSchemaAndTheProblem() {
        WireMessage notAPing = fromVietnam().payload("<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><To>HK</To></Ping>"
                .getBytes(StandardCharsets.UTF_8)).build();

        assertRefused(notAPing, "EBMS:0004", "does not follow the schema of exchange/Ping: exchange/schemas/ping-1.xsd: ");
    }

    @Test
    void aCopyOfAStoredMessageIsReceiptedAndShowsInItsHistoryAsADuplicate() {
        WireMessage ping = fromVietnam().build();

        assertThat(ping.postTo(hk.port).isReceipt()).isTrue();
        assertThat(ping.postTo(hk.port).isReceipt()).isTrue();

        assertThat(hk.database.sql("SELECT state FROM exchange.message_event WHERE direction = 'IN' AND message_id = ? ORDER BY id")
                .param(ping.messageId()).query(String.class).list()).containsExactly("RECEIVED", "PROCESSED", "DUPLICATE");
    }

    /** Only the partner that used a MessageId first gets a receipt for it; another is told, and changes nothing. */
    @Test
    void refusesAMessageIdThatAnotherPartnerUsedFirst() {
        String other = secondPartnerWithAnAgreementInForce();
        var othersKey = SenderKey.issuedByDemoCa(hk.network.pki, other);
        hk.context.getBean(PartnerEndpoints.class).insertIfAbsent(new PartnerEndpoint(other, "urn:caunoi:hub:" + other,
                "http://127.0.0.1:9/as4", othersKey.certificate(), PartnerEndpoint.KeyReference.BST));
        WireMessage vietnams = fromVietnam().build();
        WireMessage othersCopy = HandMadeMessage.ping(othersKey, hk.hongKong).from("urn:caunoi:hub:" + other)
                .messageId(vietnams.messageId()).build();
        assertThat(vietnams.postTo(hk.port).isReceipt()).isTrue();

        As4Answer answer = othersCopy.postTo(hk.port);

        assertThat(answer.errorCodes()).as(answer.toString()).containsExactly("EBMS:0003");
        assertThat(hk.database.sql("SELECT partner_code || ' ' || duplicates FROM exchange.inbound_message WHERE message_id = ?")
                .param(vietnams.messageId()).query(String.class).single()).isEqualTo("VN 0");
        assertThat(actorOfRefusal(vietnams)).isEqualTo("as4:" + other);
        assertThat(refusals(vietnams)).singleElement().asString().startsWith("EBMS:0003 ")
                .contains("was used before by another partner");
    }

    /** Thailand, recorded at Hong Kong as a partner with an agreement in force since 2024 that lets it send a Ping. */
    private static String secondPartnerWithAnAgreementInForce() {
        var catalog = hk.context.getBean(PartnerCatalog.class);
        if (catalog.partner("TH").isEmpty()) {
            catalog.savePartner(new Partner("TH", PartnerKind.CUSTOMS_ADMINISTRATION, "TH", "Hải quan Thái Lan",
                    "Thai Customs", Region.SOUTHEAST_ASIA, "", List.of()));
            catalog.createAgreement(AgreementBuilder.anAgreement().parties("TH").signedOn(LocalDate.of(2024, 3, 1))
                    .inForceFrom(LocalDate.of(2024, 4, 1)).build());
        }
        return "TH";
    }

    /** A message of the recording handler's type, on the legal basis Vietnam and Hong Kong share. */
    private static HandMadeMessage forTheRecordingHandler() {
        return fromVietnam().type(RecordingTestHandler.TYPE).property("caunoi:category", "enforcement-non-nominal")
                .property("caunoi:purpose", "risk-assessment");
    }

    private static HandMadeMessage fromVietnam() {
        return HandMadeMessage.ping(hk.vietnam, hk.hongKong);
    }

    private static void assertRefused(WireMessage wire, String ebmsError, String why) {
        As4Answer answer = wire.postTo(hk.port);

        assertThat(answer.errorCodes()).as(answer.toString()).containsExactly(ebmsError);
        assertThat(answer.isReceipt()).isFalse();
        assertThat(hk.database.sql("SELECT count(*) FROM exchange.inbound_message WHERE message_id = ?")
                .param(wire.messageId()).query(Integer.class).single()).as("stored").isZero();
        assertThat(refusals(wire)).as("refusals in the audit trail").singleElement().asString()
                .startsWith(ebmsError + " ").contains(why).endsWith("(from 127.0.0.1)");
    }

    /** The refusals' details as the audit screen shows them in English. */
    private static List<String> refusals(WireMessage wire) {
        Sentences sentences = hk.context.getBean(Sentences.class);
        return hk.database.sql("SELECT details FROM platform.audit_entry WHERE action = 'EXCHANGE_REFUSE_INBOUND' AND record_id = ?")
                .param(wire.messageId()).query(String.class).list().stream()
                .map(details -> sentences.render(details, Locale.ENGLISH)).toList();
    }

    private static String actorOfRefusal(WireMessage wire) {
        return hk.database.sql("SELECT actor FROM platform.audit_entry WHERE action = 'EXCHANGE_REFUSE_INBOUND' AND record_id = ?")
                .param(wire.messageId()).query(String.class).single();
    }
}
