package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import com.helger.base.io.stream.HasInputStream;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.sun.net.httpserver.HttpServer;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.WireMessage.As4Answer;
import org.caunoi.hub.exchange.internal.keys.Certificates;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Hong Kong hub receiving hand-made AS4 messages over real HTTP: only a message signed with the
 * key registered for its sender, encrypted for this hub and intact since it was signed is stored;
 * everything else is refused with the ebMS error the ebMS 3.0 Core specification (section 6.7.2,
 * security processing errors) names for it, recorded in the audit trail, and leaves nothing in the
 * inbox.
 * <ul>
 * <li>EBMS:0101 FailedAuthentication: "the signature ... could not be validated" — a signature
 * that does not verify (tampering), a certificate nobody trusts, or a trusted certificate that is
 * not the one registered for the party the message claims to come from.</li>
 * <li>EBMS:0102 FailedDecryption: "the encrypted data ... could not be decrypted" — encrypted for
 * another hub's key, or ciphertext changed on the way.</li>
 * <li>EBMS:0103 PolicyNoncompliance: "the message's security methods ... were not satisfied" — a
 * message without the signature or the encryption our P-Mode (the eDelivery AS4 profile) requires.
 * It is not 0101 or 0102: nothing failed to verify or decrypt, something required is missing.</li>
 * </ul>
 */
class InboundSecurityTest {

    static final DemoHubs NETWORK = new DemoHubs();
    static ConfigurableApplicationContext hk;
    static int port;
    static JdbcClient database;
    static SenderKey vietnam;
    static X509Certificate hongKong;

    @BeforeAll
    static void startHongKong() {
        // Every refusal recorded one by one: these tests look for each in the audit trail.
        hk = NETWORK.startHk("--caunoi.exchange.refusals-audited-per-minute=100000");
        port = DemoHubs.port(hk);
        database = JdbcClient.create(hk.getBean(DataSource.class));
        vietnam = SenderKey.demoNode(NETWORK.pki, "VN");
        hongKong = Certificates.parsePem(readString(NETWORK.pki.resolve("HK.pem")));
    }

    @AfterAll
    static void stopHongKong() {
        if (hk != null) {
            hk.close();
        }
    }

    /** Ways to change a message after Vietnam signed it and before it was encrypted; only the signature can tell. */
    enum Tampering {
        /** A purpose the sender never stated, in the ebMS header (the legal-basis facts). */
        EBMS_HEADER(false, (soap, attachment) -> {
            NodeList properties = soap.getElementsByTagNameNS("*", "Property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                if ("caunoi:purpose".equals(property.getAttribute("name"))) {
                    property.setTextContent("prosecution");
                }
            }
        }),
        /** Another payload in the SOAP body. */
        SOAP_BODY(true, (soap, attachment) -> {
            Element body = (Element) soap.getElementsByTagNameNS("*", "Body").item(0);
            body.getElementsByTagNameNS("*", "From").item(0).setTextContent("forged");
        }),
        /** Another payload attachment, compressed and encrypted for Hong Kong as the real one would be. */
        PAYLOAD(false, (soap, attachment) -> {
            byte[] forged = gzip("<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><From>forged</From></Ping>");
            attachment.setSourceStreamProvider(HasInputStream.multiple(() -> new ByteArrayInputStream(forged)));
        });

        final boolean payloadInSoapBody;
        final BiConsumer<Document, @Nullable WSS4JAttachment> change;

        Tampering(boolean payloadInSoapBody, BiConsumer<Document, @Nullable WSS4JAttachment> change) {
            this.payloadInSoapBody = payloadInSoapBody;
            this.change = change;
        }
    }

    @ParameterizedTest
    @EnumSource(Tampering.class)
    void refusesAMessageChangedAfterItWasSigned(Tampering tampering) {
        assertRefused(fromVietnam(tampering).afterSigning(tampering.change), "EBMS:0101");
    }

    /** The control for the test above: the same message left as it was signed is accepted. */
    @ParameterizedTest
    @EnumSource(Tampering.class)
    void acceptsTheSameMessageWhenNothingWasChanged(Tampering tampering) {
        WireMessage wire = fromVietnam(tampering).build();

        As4Answer answer = wire.postTo(port);

        assertThat(answer.isReceipt()).as(answer.toString()).isTrue();
        assertThat(stateOf(wire.messageId())).isIn("RECEIVED", "PROCESSED");
    }

    /** What Vietnam's hub would send, with the legal-basis facts a tampering could change. */
    private static HandMadeMessage fromVietnam(Tampering tampering) {
        var message = HandMadeMessage.ping(vietnam, hongKong)
                .property("caunoi:category", "enforcement-non-nominal")
                .property("caunoi:purpose", "risk-assessment");
        return tampering.payloadInSoapBody ? message.payloadInSoapBody() : message;
    }

    @Test
    void refusesAMessageWhoseEncryptedPayloadWasChangedOnTheWay() {
        WireMessage wire = HandMadeMessage.ping(vietnam, hongKong).build();
        byte[] body = wire.body().clone();
        int attachment = indexOf(body, "<phase4-att-".getBytes(StandardCharsets.US_ASCII));
        int content = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), attachment) + 4;
        body[content + 40] ^= 0x01;

        assertRefused(new WireMessage(wire.messageId(), wire.headers(), body), "EBMS:0102");
    }

    @Test
    void refusesAMessageEncryptedForAnotherHub() {
        assertRefused(HandMadeMessage.ping(vietnam, vietnam.certificate()), "EBMS:0102");
    }

    @Test
    void refusesAMessageOutsideEveryAgreementWithHongKong() {
        var statistics = HandMadeMessage.ping(vietnam, hongKong)
                .property("caunoi:category", "trade-statistics")
                .property("caunoi:purpose", "statistics");
        WireMessage wire = statistics.build();

        assertRefused(wire, "EBMS:0004");
        assertThat(audited("EXCHANGE_REFUSE_INBOUND", wire.messageId())).singleElement().asString()
                .contains("no legal basis: category-not-covered");
    }

    @Test
    void refusesAPayloadThatDoesNotFollowItsTypesSchema() {
        var notAPing = HandMadeMessage.ping(vietnam, hongKong)
                .payload("<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><To>HK</To></Ping>".getBytes(StandardCharsets.UTF_8));

        assertRefused(notAPing, "EBMS:0004");
    }

    @Test
    void refusesAMessageThatIsEncryptedButNotSigned() {
        assertRefused(HandMadeMessage.ping(null, hongKong), "EBMS:0103");
    }

    @Test
    void refusesAMessageThatIsNeitherSignedNorEncrypted() {
        assertRefused(HandMadeMessage.ping(null, null), "EBMS:0103");
    }

    @Test
    void refusesAMessageThatIsSignedButNotEncrypted() {
        assertRefused(HandMadeMessage.ping(vietnam, null), "EBMS:0103");
    }

    @Test
    void refusesAnUnknownSenderWithAKeyNobodyTrusts() {
        assertRefused(HandMadeMessage.ping(SenderKey.selfSigned("CauNoi impostor hub"), hongKong)
                .from("urn:caunoi:hub:XX"), "EBMS:0101");
    }

    @Test
    void refusesAnUnknownSenderEvenWithACertificateFromTheDemoCa() {
        assertRefused(HandMadeMessage.ping(SenderKey.issuedByDemoCa(NETWORK.pki, "XX"), hongKong)
                .from("urn:caunoi:hub:XX"), "EBMS:0101");
    }

    @Test
    void refusesVietnamsPartyIdSignedWithAKeyNobodyTrusts() {
        assertRefused(HandMadeMessage.ping(SenderKey.selfSigned("CauNoi demo hub VN"), hongKong), "EBMS:0101");
    }

    @Test
    void refusesVietnamsPartyIdSignedWithAnotherTrustedKey() {
        assertRefused(HandMadeMessage.ping(SenderKey.issuedByDemoCa(NETWORK.pki, "XX"), hongKong), "EBMS:0101");
    }

    @Test
    void aReplayedMessageIsReceiptedAgainButStoredAndProcessedOnce() {
        WireMessage wire = HandMadeMessage.ping(vietnam, hongKong).build();

        As4Answer first = wire.postTo(port);
        As4Answer replay = wire.postTo(port);

        assertThat(first.isReceipt()).as(first.toString()).isTrue();
        assertThat(replay.isReceipt()).as(replay.toString()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> "PROCESSED".equals(stateOf(wire.messageId())));
        assertThat(database.sql("SELECT count(*) FROM exchange.inbound_message WHERE message_id = ?")
                .param(wire.messageId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(database.sql("SELECT duplicates FROM exchange.inbound_message WHERE message_id = ?")
                .param(wire.messageId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(audited("EXCHANGE_PROCESSED", wire.messageId())).hasSize(1);
        assertThat(audited("EXCHANGE_DUPLICATE", wire.messageId())).hasSize(1);
    }

    /**
     * Requests that are not AS4 at all, some trying to make the XML parser read a file or a URL. The
     * entities sit in the MessageId, which an error answer and the audit trail would repeat.
     */
    enum BadXml {
        NOT_XML("this is not XML"),
        TRUNCATED("<S12:Envelope xmlns:S12=\"http://www.w3.org/2003/05/soap-envelope\"><S12:Header>"),
        EXTERNAL_FILE_ENTITY("""
                <?xml version="1.0"?>
                <!DOCTYPE S12:Envelope [<!ENTITY secret SYSTEM "FILE_URL"><!ENTITY remote "">]>
                ENVELOPE"""),
        EXTERNAL_FILE_ENTITY_IN_A_MIME_PART(EXTERNAL_FILE_ENTITY.template, true),
        EXTERNAL_URL_ENTITY("""
                <?xml version="1.0"?>
                <!DOCTYPE S12:Envelope [<!ENTITY secret ""><!ENTITY remote SYSTEM "HTTP_URL/entity">]>
                ENVELOPE"""),
        EXTERNAL_DTD("""
                <?xml version="1.0"?>
                <!DOCTYPE S12:Envelope SYSTEM "HTTP_URL/dtd">
                ENVELOPE"""),
        PARAMETER_ENTITY("""
                <?xml version="1.0"?>
                <!DOCTYPE S12:Envelope [<!ENTITY % declarations SYSTEM "HTTP_URL/dtd"> %declarations;]>
                ENVELOPE"""),
        ENTITY_EXPANSION("""
                <?xml version="1.0"?>
                <!DOCTYPE S12:Envelope [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                  <!ENTITY secret "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                  <!ENTITY remote "">
                ]>
                ENVELOPE""");

        private static final String ENVELOPE = """
                <S12:Envelope xmlns:S12="http://www.w3.org/2003/05/soap-envelope"
                    xmlns:eb="http://docs.oasis-open.org/ebxml-msg/ebms/v3.0/ns/core/200704/">
                  <S12:Header>
                    <eb:Messaging S12:mustUnderstand="true">
                      <eb:UserMessage>
                        <eb:MessageInfo><eb:Timestamp>2025-01-01T00:00:00Z</eb:Timestamp>
                          <eb:MessageId>MESSAGE_ID&secret;&remote;</eb:MessageId></eb:MessageInfo>
                        <eb:PartyInfo>
                          <eb:From><eb:PartyId>urn:caunoi:hub:VN</eb:PartyId>
                            <eb:Role>http://docs.oasis-open.org/ebxml-msg/ebms/v3.0/ns/core/200704/initiator</eb:Role></eb:From>
                          <eb:To><eb:PartyId>urn:caunoi:hub:HK</eb:PartyId>
                            <eb:Role>http://docs.oasis-open.org/ebxml-msg/ebms/v3.0/ns/core/200704/responder</eb:Role></eb:To>
                        </eb:PartyInfo>
                        <eb:CollaborationInfo><eb:Service type="urn:caunoi:service">exchange</eb:Service>
                          <eb:Action>Ping</eb:Action><eb:ConversationId>1</eb:ConversationId></eb:CollaborationInfo>
                      </eb:UserMessage>
                    </eb:Messaging>
                  </S12:Header>
                  <S12:Body/>
                </S12:Envelope>""";

        private final String template;
        private final boolean inMimePart;

        BadXml(String template) {
            this(template, false);
        }

        BadXml(String template, boolean inMimePart) {
            this.template = template;
            this.inMimePart = inMimePart;
        }

        WireMessage request(String messageId, Path secretFile, String baitUrl) {
            String xml = template.replace("ENVELOPE", ENVELOPE).replace("MESSAGE_ID", messageId)
                    .replace("FILE_URL", secretFile.toUri().toString()).replace("HTTP_URL", baitUrl);
            return inMimePart ? WireMessage.soapInMime(xml) : WireMessage.soap(xml);
        }
    }

    @ParameterizedTest
    @EnumSource(BadXml.class)
    void badXmlGetsAnErrorAndReadsNoFileAndFetchesNoUrl(BadXml bad) throws IOException {
        String secret = "caunoi-secret-" + UUID.randomUUID();
        Path secretFile = TestHub.newDataDir("xxe").resolve("secret.txt");
        Files.writeString(secretFile, secret);
        var fetches = new AtomicInteger();
        HttpServer bait = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bait.createContext("/", exchange -> {
            fetches.incrementAndGet();
            String text = exchange.getRequestURI().getPath().endsWith("/dtd")
                    ? "<!ENTITY secret \"" + secret + "\"><!ENTITY remote \"\">" : secret;
            byte[] answer = text.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        bait.start();
        String messageId = "bad-xml-" + UUID.randomUUID();
        int storedBefore = storedMessages();
        try {
            As4Answer answer = bad.request(messageId, secretFile, "http://127.0.0.1:" + bait.getAddress().getPort())
                    .postTo(port);

            assertThat(answer.status() >= 400 || !answer.errorCodes().isEmpty()).as(answer.toString()).isTrue();
            assertThat(answer.isReceipt()).as(answer.toString()).isFalse();
            assertThat(answer.body()).doesNotContain(secret);
            assertThat(fetches).as("requests the hub's XML parser made to the bait server").hasValue(0);
            assertThat(storedMessages()).isEqualTo(storedBefore);
            assertThat(database.sql("SELECT count(*) FROM platform.audit_entry WHERE details LIKE :secret OR record_id LIKE :secret")
                    .param("secret", "%" + secret + "%").query(Integer.class).single()).isZero();
        }
        finally {
            bait.stop(0);
        }
    }

    private static void assertRefused(HandMadeMessage message, String ebmsError) {
        assertRefused(message.build(), ebmsError);
    }

    private static void assertRefused(WireMessage wire, String ebmsError) {
        As4Answer answer = wire.postTo(port);

        assertThat(answer.errorCodes()).as(answer.toString()).containsExactly(ebmsError);
        assertThat(answer.status()).as("an ebMS error is an answer: HTTP 200, as docs/as4-profile.md says").isEqualTo(200);
        assertThat(answer.isReceipt()).isFalse();
        assertThat(database.sql("SELECT count(*) FROM exchange.inbound_message WHERE message_id = ?")
                .param(wire.messageId()).query(Integer.class).single()).as("stored").isZero();
        assertThat(audited("EXCHANGE_REFUSE_INBOUND", wire.messageId())).as("refusals in the audit trail")
                .singleElement().asString().startsWith(ebmsError + " ");
    }

    /**
     * A Ping's handler has nothing to do that can fail, so the Ping is stored processed in the
     * transaction that stores it: by the time its receipt is back, it is committed, processed, its
     * history has both steps in order and the trail both entries, with no processing transaction
     * left to run. Read at once after the answer, without waiting.
     */
    @Test
    void aPingIsCommittedProcessedWithItsHistoryAndAuditEntriesBeforeItsReceiptGoesBack() {
        WireMessage wire = HandMadeMessage.ping(vietnam, hongKong).build();

        As4Answer answer = wire.postTo(port);

        assertThat(answer.isReceipt()).as(answer.toString()).isTrue();
        assertThat(stateOf(wire.messageId())).isEqualTo("PROCESSED");
        assertThat(database.sql("SELECT attempts FROM exchange.inbound_message WHERE message_id = ?").param(wire.messageId())
                .query(Integer.class).single()).as("one committed processing").isEqualTo(1);
        assertThat(database.sql("SELECT state || ' ' || detail FROM exchange.message_event WHERE direction = 'IN' AND message_id = ? ORDER BY id")
                .param(wire.messageId()).query(String.class).list()).containsExactly("RECEIVED ", "PROCESSED PingHandler");
        assertThat(database.sql("SELECT action FROM platform.audit_entry WHERE record_id = ? ORDER BY id").param(wire.messageId())
                .query(String.class).list()).containsExactly("EXCHANGE_RECEIVE", "EXCHANGE_PROCESSED");
        // One instant for both steps and both entries: written by the storing transaction, not by a later one.
        assertThat(database.sql("SELECT count(DISTINCT occurred_at) FROM exchange.message_event WHERE message_id = ?")
                .param(wire.messageId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(database.sql("SELECT count(DISTINCT occurred_at) FROM platform.audit_entry WHERE record_id = ?")
                .param(wire.messageId()).query(Integer.class).single()).isEqualTo(1);
    }

    /** The entries' details as the audit screen shows them in English. */
    private static List<String> audited(String action, String messageId) {
        Sentences sentences = hk.getBean(Sentences.class);
        return database.sql("SELECT details FROM platform.audit_entry WHERE action = ? AND record_id = ? ORDER BY id")
                .params(action, messageId).query(String.class).list().stream()
                .map(details -> sentences.render(details, Locale.ENGLISH)).toList();
    }

    private static String stateOf(String messageId) {
        return database.sql("SELECT state FROM exchange.inbound_message WHERE message_id = ?").param(messageId)
                .query(String.class).optional().orElse("ABSENT");
    }

    private static int storedMessages() {
        return database.sql("SELECT count(*) FROM exchange.inbound_message").query(Integer.class).single();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = from; i <= haystack.length - needle.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found: " + new String(needle, StandardCharsets.US_ASCII));
    }

    private static byte[] gzip(String text) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
