package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.browser.Chromium;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.springframework.transaction.support.TransactionTemplate;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Two hubs, Vietnam and Hong Kong, exchanging signed and encrypted AS4 messages over real HTTP on loopback. */
class HubToHubExchangeTest {

    @RegisterExtension
    static final DemoHubs NETWORK = new DemoHubs();
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext hk;

    @BeforeAll
    static void startBothHubs() {
        // A low limit and a short window for the flood test; every other refusal here comes from a partner.
        hk = NETWORK.startHk("--caunoi.exchange.refusals-audited-per-minute=3", "--caunoi.exchange.refusal-window=PT3S");
        vn = NETWORK.startVn();
    }

    @Test
    void aPingFromVietnamComesBackWithHongKongsSignedReceipt() {
        var liaison = HubClient.as(NETWORK.vnPort, "liaison");

        var sent = liaison.post("/api/exchange/ping?partner=HK", "application/json", new byte[0]);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String messageId = field(sent.body(), "messageId");
        assertThat(field(sent.body(), "state")).isEqualTo("queued");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(stateOf(liaison.get("/api/exchange/messages?partner=HK").body(), messageId)).isEqualTo("receipt-received"));
        var hongKong = HubClient.as(NETWORK.hkPort, "viewer");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(stateOf(hongKong.get("/api/exchange/messages?partner=VN").body(), messageId)).isEqualTo("processed"));

        // The list's filters: a state only incoming messages have (either spelling), a type, a direction.
        assertThat(messageIds(hongKong.get("/api/exchange/messages?state=processed&type=exchange/Ping").body())).contains(messageId);
        assertThat(messageIds(hongKong.get("/api/exchange/messages?state=PROCESSED").body())).contains(messageId);
        assertThat(messageIds(hongKong.get("/api/exchange/messages?direction=out&state=processed").body())).isEmpty();
        assertThat(messageIds(hongKong.get("/api/exchange/messages?state=receipt-received").body())).doesNotContain(messageId);
        assertThat(messageIds(hongKong.get("/api/exchange/messages?type=enforcement/SeizureReport").body())).doesNotContain(messageId);
        assertThat(messageIds(liaison.get("/api/exchange/messages?direction=in&partner=HK").body())).doesNotContain(messageId);

        // Each hub's page of the message: its state, and in Vietnam the receipt with its size.
        var vietnamPage = new BrowserSession(NETWORK.vnPort);
        vietnamPage.logIn("liaison", "demo");
        assertThat(vietnamPage.get("/exchange/messages/out/" + messageId + "?lang=en"))
                .contains("Delivered, receipt received").containsPattern("Received [0-9]{2}/[0-9]{2}/[0-9]{4} [0-9:]+ UTC\\+07:00 \\([1-9][0-9,]* bytes\\)");
        var hongKongPage = new BrowserSession(NETWORK.hkPort);
        hongKongPage.logIn("liaison", "demo");
        assertThat(hongKongPage.get("/exchange/messages/in/" + messageId + "?lang=en")).contains("Processed", messageId);
    }

    @Test
    void anOfficerTestsTheConnectionToHongKongInTheBrowserAndSeesTheReceipt() throws Exception {
        ChromeDriver browser = Chromium.start();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://127.0.0.1:" + NETWORK.vnPort + "/partners/HK?lang=en");
            browser.findElement(By.id("username")).sendKeys("liaison");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("sign-in")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certificate")));
            assertThat(browser.findElement(By.id("certificate")).getText())
                    .contains("CN=CauNoi demo hub HK").contains("Valid from");
            screenshot(browser, "exchange-partner-connection-en");

            browser.findElement(By.id("test-connection")).click();

            wait.until(ExpectedConditions.urlContains("/exchange/messages/out/"));
            wait.until(ExpectedConditions.textToBe(By.id("message-state"), "Delivered, receipt received"));
            assertThat(browser.findElement(By.id("receipt")).getText()).contains("Received").contains("bytes");
            browser.findElement(By.id("show-payload")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payload"), "<Ping"));
            assertThat(browser.findElement(By.id("history")).getText()).contains("Waiting to be sent")
                    .contains("Delivered, receipt received");
            screenshot(browser, "exchange-message-en");

            browser.get("http://127.0.0.1:" + NETWORK.vnPort + "/partners/HK?lang=vi");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#connection-body summary"))).click();
            browser.findElement(By.id("endpointUrl")).clear();
            browser.findElement(By.id("endpointUrl")).sendKeys("hub.hk.example/as4");
            Path notACertificate = Files.writeString(NETWORK.vnData.resolve("not-a-certificate.pem"), "hello");
            browser.findElement(By.id("certificate-file")).sendKeys(notACertificate.toString());
            browser.findElement(By.id("save-connection")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("connection-problems")));
            assertThat(browser.findElement(By.id("connection-problems")).getText())
                    .contains("http:// hoặc https://").contains("không phải là chứng thư số X.509");
            screenshot(browser, "exchange-connection-problems-vi");
        }
        finally {
            browser.quit();
        }
        assertThat(HubClient.as(NETWORK.vnPort, "liaison").get("/api/exchange/messages?partner=HK").body())
                .doesNotContain("hub.hk.example");
        assertThat(ExchangeReliabilityTest.jdbc(vn).sql("SELECT endpoint_url FROM exchange.partner_endpoint WHERE partner_code = 'HK'")
                .query(String.class).single()).as("a refused edit changes nothing").startsWith("http://127.0.0.1:");
    }

    @Test
    void onlyTheRolesThatNeedItSeeAPayloadAndEveryLookIsAudited() {
        String messageId = ExchangeReliabilityTest.exchange(vn).ping("HK");
        var viewer = new BrowserSession(NETWORK.vnPort);
        viewer.logIn("viewer", "demo");
        var liaison = new BrowserSession(NETWORK.vnPort);
        liaison.logIn("liaison", "demo");
        String payloadPath = "/exchange/messages/out/" + messageId + "/payload";

        assertThat(viewer.get("/exchange/messages/out/" + messageId)).contains(messageId).doesNotContain("show-payload");
        assertThat(viewer.status(payloadPath)).isEqualTo(403);
        assertThat(HubClient.as(NETWORK.vnPort, "viewer").post("/api/exchange/ping?partner=HK", "application/json",
                new byte[0]).statusCode()).isEqualTo(403);
        assertThat(liaison.get(payloadPath)).contains("Ping");
        assertThat(ExchangeReliabilityTest.jdbc(vn).sql("""
                SELECT count(*) FROM platform.audit_entry WHERE action = 'EXCHANGE_VIEW_PAYLOAD' AND record_id = ? AND actor = 'liaison'""")
                .param(messageId).query(Long.class).single()).isEqualTo(1);
        assertThat(liaison.get("/exchange/messages?direction=out&partner=HK")).contains(messageId);
        assertThat(liaison.get("/exchange/messages?direction=in")).doesNotContain(messageId);
    }

    @Test
    void aMessageHongKongRefusesIsListedAsUndeliveredAndAnOfficerCanSendItAgain() {
        var unknownType = new MessageType("test", "NobodyHandlesThis");
        String messageId = vn.getBean(TransactionTemplate.class).execute(status -> ExchangeReliabilityTest.exchange(vn)
                .send("HK", unknownType, DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.RISK_ASSESSMENT, "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8)));
        ExchangeReliabilityTest.await(() -> "DEAD_LETTER".equals(ExchangeReliabilityTest.outboundState(vn, messageId)),
                "Hong Kong's refusal");
        var liaison = HubClient.as(NETWORK.vnPort, "liaison");
        String undelivered = liaison.get("/api/exchange/messages?state=dead-letter").body();
        assertThat(JsonPath.<List<String>>read(undelivered, "$[?(@.messageId == '" + messageId + "')].lastError"))
                .singleElement().asString().contains("no handler");

        assertThat(liaison.post("/api/exchange/messages/" + messageId + "/resend", "application/json", new byte[0])
                .statusCode()).isEqualTo(202);

        ExchangeReliabilityTest.await(() -> ExchangeReliabilityTest.outbound(vn, messageId, "attempts") == 2
                && "DEAD_LETTER".equals(ExchangeReliabilityTest.outboundState(vn, messageId)), "the second refusal");
        assertThat(vn.getBean(org.caunoi.hub.exchange.internal.MessageEvents.class).of("OUT", messageId))
                .extracting(org.caunoi.hub.exchange.internal.MessageEvents.Event::state)
                .containsExactly("QUEUED", "DEAD_LETTER", "QUEUED", "DEAD_LETTER");
        String delivered = ExchangeReliabilityTest.exchange(vn).ping("HK");
        ExchangeReliabilityTest.await(() -> "RECEIPT_RECEIVED".equals(ExchangeReliabilityTest.outboundState(vn, delivered)),
                "the ping's receipt");
        var again = liaison.post("/api/exchange/messages/" + delivered + "/resend?lang=en", "application/json", new byte[0]);
        assertThat(again.statusCode()).as("only an undelivered message can be sent again").isEqualTo(409);
        assertThat(again.body()).contains("Only a message the hub gave up on can be sent again; message " + delivered + " is: ");
    }

    @Test
    void theExchangeScreensNameThePartnerInThePagesLanguageWithItsCodeBeside() {
        String messageId = vn.getBean(TransactionTemplate.class).execute(status -> ExchangeReliabilityTest.exchange(vn)
                .send("HK", new MessageType("test", "NobodyHandlesThis"), DataCategory.ENFORCEMENT_NON_NOMINAL,
                        Purpose.RISK_ASSESSMENT, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        ExchangeReliabilityTest.await(() -> "DEAD_LETTER".equals(ExchangeReliabilityTest.outboundState(vn, messageId)),
                "Hong Kong's refusal");
        var liaison = new BrowserSession(NETWORK.vnPort);
        liaison.logIn("liaison", "demo");
        String english = "Customs and Excise Department, Hong Kong, China";
        String vietnamese = "Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc)";

        for (String[] language : new String[][] {{"en", english}, {"vi", vietnamese}}) {
            String name = language[1];
            String listed = row(liaison.get("/exchange/messages?direction=out&partner=HK&lang=" + language[0]),
                    "data-message-id=\"" + messageId + "\"");
            assertThat(listed).as("the message list in %s", language[0])
                    .contains("href=\"/partners/HK\" title=\"HK\">" + name + "</a>").doesNotContain(">HK<");
            String undelivered = row(liaison.get("/exchange/dead-letters?lang=" + language[0]),
                    "/exchange/messages/out/" + messageId);
            assertThat(undelivered).as("the undelivered list in %s", language[0])
                    .contains("title=\"HK\">" + name + "</td>").doesNotContain(">HK<");
            String page = liaison.get("/exchange/messages/out/" + messageId + "?lang=" + language[0]);
            assertThat(page).as("the message's page in %s", language[0])
                    .containsPattern("<h1>[^<]* · " + Pattern.quote(name) + "</h1>")
                    .containsPattern("id=\"message-partner\"><a href=\"/partners/HK\">" + Pattern.quote(name)
                            + "</a>\\s*<span class=\"muted\">HK</span>");
        }
        assertThat(liaison.get("/exchange/messages/out/" + messageId + "?lang=en"))
                .contains("The hub of " + english + " does not take this kind of message.");
        assertThat(liaison.get("/exchange/messages?lang=vi")).as("the partner filter suggests each code with its name")
                .contains("<option value=\"HK\">" + vietnamese + "</option>");
        String ping = ExchangeReliabilityTest.exchange(vn).ping("HK");
        ExchangeReliabilityTest.await(() -> "RECEIPT_RECEIVED".equals(ExchangeReliabilityTest.outboundState(vn, ping)),
                "the ping's receipt");
        var hongKong = new BrowserSession(NETWORK.hkPort);
        hongKong.logIn("liaison", "demo");
        assertThat(row(hongKong.get("/exchange/messages?direction=in&partner=VN&lang=vi"), "data-message-id=\"" + ping + "\""))
                .as("the sender named at the receiving hub").contains("title=\"VN\">Cục Hải quan</a>");
        assertThat(hongKong.get("/partners?q=GDVC&lang=en")).as("found by its former name").contains("id=\"partner-VN\"");
        assertThat(hongKong.get("/partners/VN?lang=en")).contains("id=\"partner-name\">Vietnam Customs (Department of Customs)<",
                "tên cũ: Tổng cục Hải quan Việt Nam");
    }

    /** The table row of a page that holds the text, as the page writes it. */
    static String row(String page, String holding) {
        Matcher row = Pattern.compile("<tr(?:(?!</tr>).)*?" + Pattern.quote(holding) + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("a row holding %s", holding).isTrue();
        return row.group();
    }

    @Test
    void messagesSignedWithTheSubjectKeyIdentifierReferenceArriveToo() {
        var settings = vn.getBean(org.caunoi.hub.exchange.internal.endpoints.ConnectionSettings.class);
        var current = settings.of("HK").orElseThrow();
        settings.save("HK", current.endpointUrl(), current.partyId(),
                org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint.KeyReference.SKI, null);
        try {
            String messageId = ExchangeReliabilityTest.exchange(vn).ping("HK");

            ExchangeReliabilityTest.await(() -> "RECEIPT_RECEIVED".equals(ExchangeReliabilityTest.outboundState(vn, messageId)),
                    "the receipt of a message signed with an SKI reference");
            assertThat(new String(vn.getBean(org.caunoi.hub.exchange.internal.outbox.OutboundMessages.class).sentRaw(messageId)
                    .orElseThrow(), StandardCharsets.ISO_8859_1)).contains("X509SubjectKeyIdentifier").doesNotContain("BinarySecurityToken")
                    .as("the certificate is referred to, not carried");
        }
        finally {
            settings.save("HK", current.endpointUrl(), current.partyId(), current.keyReference(), null);
        }
    }

    static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    static String field(String json, String name) {
        return JsonPath.read(json, "$." + name);
    }

    /** The state of a message in a list the API gave, or ABSENT when the list does not hold it. */
    static String stateOf(String listJson, String messageId) {
        List<String> states = JsonPath.read(listJson, "$[?(@.messageId == '" + messageId + "')].state");
        return states.isEmpty() ? "ABSENT" : states.getFirst();
    }

    static List<String> messageIds(String listJson) {
        return JsonPath.read(listJson, "$[*].messageId");
    }

    /**
     * Anyone who reaches /as4 can post messages the hub refuses. From one address, only a few a
     * minute go into the audit trail one by one; the rest are counted in one entry when the window
     * closes, so nothing goes unrecorded and the trail does not fill with garbage.
     */
    @Test
    void aFloodFromAnUnknownSenderIsCountedNotRecordedOneByOne() throws IOException {
        var hongKong = org.caunoi.hub.exchange.internal.keys.Certificates.parsePem(
                Files.readString(NETWORK.pki.resolve("HK.pem")));
        var database = org.springframework.jdbc.core.simple.JdbcClient.create(hk.getBean(javax.sql.DataSource.class));
        Instant began = Instant.now();
        var messageIds = new java.util.ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            WireMessage unsigned = HandMadeMessage.ping(null, hongKong).build();
            assertThat(unsigned.postTo(NETWORK.hkPort).errorCodes()).containsExactly("EBMS:0103");
            messageIds.add(unsigned.messageId());
        }
        // Posts spread over t ms touch at most t / 3 s + 2 windows of three seconds (a loaded machine posts slowly).
        long windowsTouched = Duration.between(began, Instant.now()).toMillis() / 3_000 + 2;

        long recordedSingly = messageIds.stream().mapToLong(id -> database.sql(
                "SELECT count(*) FROM platform.audit_entry WHERE action = 'EXCHANGE_REFUSE_INBOUND' AND record_id = ?")
                .param(id).query(Long.class).single()).sum();
        // Three per window of three seconds, whatever the speed of the posts.
        assertThat(recordedSingly).isBetween(3L, Math.min(10L, 3 * windowsTouched));
        // Each counting entry says first how many it counts ("7 more between ... and ..."), as the audit screen shows it in English.
        var sentences = hk.getBean(org.caunoi.hub.platform.i18n.Sentences.class);
        Supplier<Long> counted = () -> database.sql("""
                SELECT details FROM platform.audit_entry
                WHERE action = 'EXCHANGE_REFUSE_INBOUND_UNRECORDED' AND record_id = '127.0.0.1' AND occurred_at >= ?""")
                .param(java.sql.Timestamp.from(began)).query(String.class).list().stream()
                .mapToLong(details -> Long.parseLong(sentences.render(details, java.util.Locale.ENGLISH).split(" ", 2)[0]))
                .sum();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(recordedSingly + counted.get()).isEqualTo(10));
    }

    @Test
    void aDeliveredPingCountsInBothHubsMetricsWithItsLatency() {
        String delivered = "caunoi_exchange_messages{direction=\"out\",state=\"RECEIPT_RECEIVED\"}";
        String processed = "caunoi_exchange_messages{direction=\"in\",state=\"PROCESSED\"}";
        String latencies = "caunoi_exchange_delivery_latency_seconds_count";
        double deliveredBefore = metric(NETWORK.vnPort, delivered);
        double processedBefore = metric(NETWORK.hkPort, processed);
        double latenciesBefore = metric(NETWORK.vnPort, latencies);

        var sent = HubClient.as(NETWORK.vnPort, "liaison").post("/api/exchange/ping?partner=HK", "application/json", new byte[0]);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);

        // Other tests' messages may still arrive meanwhile: at least this one more.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(metric(NETWORK.vnPort, delivered)).isGreaterThanOrEqualTo(deliveredBefore + 1);
            assertThat(metric(NETWORK.hkPort, processed)).isGreaterThanOrEqualTo(processedBefore + 1);
        });
        assertThat(metric(NETWORK.vnPort, latencies)).isGreaterThanOrEqualTo(latenciesBefore + 1);
        assertThat(metric(NETWORK.vnPort, "caunoi_exchange_delivery_latency_seconds_sum")).isPositive();
    }

    @Test
    void anUnsignedMessageRefusedAtAs4CountsInTheRefusalsMetric() {
        double refusals = metric(NETWORK.hkPort, "caunoi_exchange_refusals_total");

        assertThat(HandMadeMessage.ping(null, null).build().postTo(NETWORK.hkPort).errorCodes()).containsExactly("EBMS:0103");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(metric(NETWORK.hkPort, "caunoi_exchange_refusals_total")).isGreaterThanOrEqualTo(refusals + 1));
    }

    /** One sample of an admin's Prometheus scrape, by its name and labels as Prometheus writes them. */
    static double metric(int port, String sample) {
        var scrape = HubClient.as(port, "admin").get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        Matcher value = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape.body());
        assertThat(value.find()).as("%s in the scrape", sample).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
