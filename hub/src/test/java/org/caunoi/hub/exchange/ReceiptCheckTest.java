package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.exchange.internal.endpoints.ConnectionSettings;
import org.caunoi.hub.exchange.internal.MessageEvents;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessages;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A receipt proves delivery only when the partner signed it with the certificate registered for
 * it: one that comes back unsigned, or signed by someone else whom the demo CA also vouches for,
 * leaves the message undelivered with the reason, and it is sent again.
 */
class ReceiptCheckTest {

    @RegisterExtension
    static final DemoHubs NETWORK = new DemoHubs();
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext hk;
    static ReceiptTamperingProxy proxy;
    static PartnerEndpoint hongKong;

    @BeforeAll
    static void startHubsWithAManInTheMiddle() throws IOException {
        hk = NETWORK.startHk();
        vn = NETWORK.startVn();
        proxy = ReceiptTamperingProxy.to(NETWORK.hkPort);
        var settings = vn.getBean(ConnectionSettings.class);
        hongKong = settings.of("HK").orElseThrow();
        settings.save("HK", proxy.endpoint(), hongKong.partyId(), hongKong.keyReference(), null);
    }

    @AfterEach
    void proxyPassesReceiptsUnchanged() {
        assertThat(proxy.failure()).as("the proxy's own failure").isNull();
        proxy.passThrough();
    }

    @AfterAll
    static void stopTheProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void anUntouchedReceiptThroughTheProxyCountsAsDelivery() {
        String messageId = ExchangeReliabilityTest.exchange(vn).ping("HK");

        awaitState(messageId, "RECEIPT_RECEIVED");
        assertThat(vn.getBean(OutboundMessages.class).receiptRaw(messageId)).isPresent();
    }

    @Test
    void anUnsignedReceiptDoesNotCountAsDelivery() {
        proxy.stripSignature();

        String messageId = ExchangeReliabilityTest.exchange(vn).ping("HK");

        awaitEvent(messageId, "RETRYING", "the receipt is not signed");
        assertThat(ExchangeReliabilityTest.outboundState(vn, messageId)).isIn("RETRYING", "SENDING", "QUEUED");
        assertThat(vn.getBean(OutboundMessages.class).receiptRaw(messageId)).isEmpty();

        proxy.passThrough();
        awaitState(messageId, "RECEIPT_RECEIVED");
        assertThat(ExchangeReliabilityTest.jdbc(hk).sql("SELECT count(*) FROM exchange.inbound_message WHERE message_id = ?")
                .param(messageId).query(Long.class).single()).as("sent again, stored once by Hong Kong").isEqualTo(1);
    }

    @Test
    void aReceiptSignedByAnotherPartyTheCaKnowsDoesNotCountAsDelivery() {
        proxy.signAgainWith(SenderKey.issuedByDemoCa(NETWORK.pki, "XX"));

        String messageId = ExchangeReliabilityTest.exchange(vn).ping("HK");

        awaitEvent(messageId, "RETRYING", "not with the certificate registered for HK");
        assertThat(vn.getBean(OutboundMessages.class).receiptRaw(messageId)).isEmpty();
    }

    /** As when the two hubs were given different demo PKIs: the answer arrives, and cannot be verified. */
    @Test
    void anAnswerSignedWithACertificateNoTrustedAuthorityIssuedIsExplainedAsSuch() {
        proxy.signAgainWith(SenderKey.selfSigned("HK"));

        String messageId = ExchangeReliabilityTest.exchange(vn).ping("HK");

        awaitEvent(messageId, "RETRYING", "the answer from HK could not be verified: WSSecurityException");
        assertThat(vn.getBean(OutboundMessages.class).receiptRaw(messageId)).isEmpty();
        var liaison = new BrowserSession(NETWORK.vnPort);
        liaison.logIn("liaison", "demo");
        String page = liaison.get("/exchange/messages/out/" + messageId + "?lang=vi");
        assertThat(page).as("the type by its name").contains("<h1>Kiểm tra kết nối (Ping) · ")
                .contains("Đã có phản hồi từ Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc) nhưng hệ thống không xác thực được")
                .doesNotContain("Không kết nối được hệ thống của")
                .as("the technical text is for administrators").doesNotContain("WSSecurityException");
    }

    @Test
    void anUnsignedReceiptIsExplainedToAnOfficerWhoMayNotReadTheTechnicalText() {
        proxy.stripSignature();

        String messageId = ExchangeReliabilityTest.exchange(vn).ping("HK");

        awaitEvent(messageId, "RETRYING", "the receipt is not signed");
        var liaison = new BrowserSession(NETWORK.vnPort);
        liaison.logIn("liaison", "demo");
        assertThat(liaison.get("/exchange/messages/out/" + messageId + "?lang=en"))
                .contains("An answer came back from Customs and Excise Department, Hong Kong, China, but it does not prove delivery")
                .doesNotContain("could not be reached");
    }

    private static void awaitState(String messageId, String state) {
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(ExchangeReliabilityTest.outboundState(vn, messageId)).isEqualTo(state));
    }

    private static void awaitEvent(String messageId, String state, String detail) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> proxy.failure() != null
                || !vn.getBean(MessageEvents.class).of("OUT", messageId).isEmpty());
        assertThat(proxy.failure()).as("the proxy's own failure").isNull();
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                vn.getBean(MessageEvents.class).of("OUT", messageId))
                .anySatisfy(event -> {
                    assertThat(event.state()).isEqualTo(state);
                    assertThat(event.detail()).contains(detail);
                }));
    }
}
