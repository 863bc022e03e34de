package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.exchange.DemoHubs;
import org.caunoi.hub.exchange.OnwardConsents;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sharing cases between the three demo hubs over real AS4: Hong Kong's agreements with Vietnam
 * allow nominal enforcement data, Lao PDR's only the non-nominal form. Checked on the payload that
 * leaves Vietnam and on what each receiving hub stores.
 */
class CaseSharingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    private static final DemoHubs NETWORK = new DemoHubs();
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext hk;

    @BeforeAll
    static void startThreeHubs() {
        hk = NETWORK.startHk();
        NETWORK.startLa();
        vn = NETWORK.startVn();
    }

    @Test
    void theOfficerSeesBeforeSendingWhichFormEachPartnerGetsAndWhy() {
        long id = record(NewCase.methamphetamineAtHaiPhong());

        var response = at(NETWORK.vnPort, "investigator")
                .get("/api/enforcement/cases/" + id + "/share-preview?partners=HK,LA,XX&purpose=investigation&lang=en");

        JsonNode preview = JSON.readTree(response.body());
        assertThat(preview.get(0).get("form").asString()).isEqualTo("nominal");
        assertThat(preview.get(0).get("why").asString()).startsWith("Personal data may pass under:");
        assertThat(preview.get(1).get("form").asString()).isEqualTo("non-nominal");
        assertThat(preview.get(1).get("nominalRefusal").asString()).isEqualTo("category-not-covered");
        assertThat(preview.get(1).get("why").asString()).startsWith("Non-nominal form only (the agreements do not cover");
        assertThat(preview.get(2).get("form").isNull()).isTrue();
        assertThat(preview.get(2).get("refusal").asString()).isEqualTo("unknown-partner");
    }

    @Test
    void eachPartnerGetsTheFormItsAgreementAllowsOnTheWireAndInItsStore() {
        long id = record(NewCase.methamphetamineAtHaiPhong());
        String reference = reference(id);

        JsonNode outcomes = share(id, "HK", "LA", "XX");

        assertThat(outcomes.get(0).get("form").asString()).isEqualTo("nominal");
        assertThat(outcomes.get(1).get("form").asString()).isEqualTo("non-nominal");
        assertThat(outcomes.get(2).get("refusal").asString()).isEqualTo("no-legal-basis");
        assertThat(outcomes.get(2).get("reason").asString()).isEqualTo("unknown-partner");
        String toHongKong = payload(outcomes.get(0).get("messageId").asString());
        String toLaos = payload(outcomes.get(1).get("messageId").asString());
        assertThat(toHongKong).contains(reference, "Nguyễn Văn Hùng", "Công ty TNHH Thương mại Hoàng Long", "C1234567");
        assertThat(toLaos).contains(reference, "HAI PHONG STAR", "[…] declared the goods")
                .doesNotContain("Nguyễn", "Nguyen", "Hoàng Long", "C1234567", "0101234567");

        JsonNode atHongKong = awaitReceived(NETWORK.hkPort, reference, 1);
        JsonNode atLaos = awaitReceived(NETWORK.laPort, reference, 1);
        assertThat(atHongKong.get("form").asString()).isEqualTo("nominal");
        assertThat(atHongKong.at("/content/persons/0/name").asString()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(atLaos.get("form").asString()).isEqualTo("non-nominal");
        assertThat(atLaos.at("/content/persons")).isEmpty();
        assertThat(atLaos.at("/content/companies")).isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(nameHits(NETWORK.hkPort))
                .as("Hong Kong finds him in the received case").anySatisfy(hit -> {
                    assertThat(hit.get("source").asString()).isEqualTo("VN");
                    assertThat(hit.get("reference").asString()).isEqualTo(reference);
                }));
        assertThat(nameHits(NETWORK.laPort)).as("Lao PDR never got his name")
                .noneSatisfy(hit -> assertThat(hit.get("reference").asString()).isEqualTo(reference));

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode sharedWith = JSON.readTree(at(NETWORK.vnPort, "investigator").get("/api/enforcement/cases/" + id).body())
                    .get("sharedWith");
            assertThat(sharedWith.findValuesAsString("outcome")).containsExactly("delivered", "delivered");
            assertThat(sharedWith.findValuesAsString("partner")).containsExactly("HK", "LA");
            sharedWith.forEach(partner -> assertThat(partner.get("receiptAt").isNull()).isFalse());
        });
    }

    @Test
    void theNonNominalFormWithholdsNamesAndNumbersTheCaseDoesNotListOnTheWireOnScreenAndInTheExport() {
        record(NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(java.util.Map.of("name", "Phạm Quốc Bảo", "nationality", "VN")))
                .with("companies", List.of(java.util.Map.of("name", "Sông Hồng Logistics JSC"))));
        String narrative = "During Mekong Dragon, BAO PHAM QUOC (passport N2233445, tel. 0987 654 321, "
                + "bao.pham@example.vn) paid Song Hong Logistics for 12,500 kg on the HAI PHONG STAR.";
        long id = record(NewCase.methamphetamineAtHaiPhong().with("persons", List.of()).with("companies", List.of())
                .with("narrative", narrative));
        String reference = reference(id);
        String withheld = "During Mekong Dragon, […] (passport […], tel. […], […]) paid […] for 12,500 kg on the "
                + "HAI PHONG STAR.";
        String[] personalData = {"PHAM", "Phạm", "N2233445", "0987 654 321", "example.vn", "Song Hong"};

        JsonNode outcomes = share(id, "HK", "LA");

        assertThat(payload(outcomes.get(0).get("messageId").asString())).as("nominal: as written").contains(narrative);
        assertThat(payload(outcomes.get(1).get("messageId").asString())).contains(withheld).doesNotContain(personalData);
        assertThat(awaitReceived(NETWORK.laPort, reference, 1).at("/content/narrative").asString()).isEqualTo(withheld);

        var analyst = new org.caunoi.hub.BrowserSession(NETWORK.vnPort);
        analyst.logIn("analyst", "demo");
        assertThat(analyst.get("/enforcement/cases/" + id + "?lang=en")).contains(reference, "During Mekong Dragon, […]")
                .doesNotContain(personalData);
        String exported = at(NETWORK.vnPort, "analyst").get("/api/enforcement/cases/export?format=csv&lang=en").body();
        assertThat(exported.lines().filter(line -> line.startsWith(reference + ",")).findFirst()).get(
                org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("During Mekong Dragon, […]")
                .doesNotContain(personalData);
    }

    @Test
    void photosTravelOnlyWithTheNominalFormAndShowOnTheReceivedCase() {
        long id = record(NewCase.methamphetamineAtHaiPhong());
        byte[] png = Photos.image("png", java.awt.Color.MAGENTA);
        assertThat(Photos.upload(NETWORK.vnPort, "investigator", id, "tea packages.png", png).statusCode()).isEqualTo(201);
        String reference = reference(id);

        JsonNode outcomes = share(id, "HK", "LA");

        assertThat(payload(outcomes.get(0).get("messageId").asString())).contains("\"photos\":[{");
        assertThat(payload(outcomes.get(1).get("messageId").asString())).doesNotContain("\"photos\":[{");
        long atHongKong = awaitReceived(NETWORK.hkPort, reference, 1).get("id").asLong();
        long atLaos = awaitReceived(NETWORK.laPort, reference, 1).get("id").asLong();
        JsonNode photos = JSON.readTree(at(NETWORK.hkPort, "investigator")
                .get("/api/enforcement/received/" + atHongKong + "/photos").body());
        assertThat(photos).hasSize(1);
        var served = Photos.read(NETWORK.hkPort, "investigator", photos.get(0).get("href").asString());
        assertThat(served.body()).isEqualTo(png);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(JSON.readTree(at(NETWORK.laPort, "investigator")
                .get("/api/enforcement/received/" + atLaos + "/photos").body())).as("photos may show persons").isEmpty();

        var screen = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        screen.logIn("investigator", "demo");
        String page = screen.get("/enforcement/received/" + atHongKong + "?lang=en");
        assertThat(page).contains(reference, "received from Vietnam Customs (Department of Customs)", "Versions received",
                "/enforcement/received/"
                + atHongKong + "/photos/" + photos.get(0).get("id").asString());
    }

    @Test
    void theReceivedCasePageShowsEveryFieldSentWithCodesNamedAndSaysWhatTheNonNominalFormLeftOut() {
        long id = record(CasePageTest.everyField().with("place", "VNCLI"));
        String reference = reference(id);
        share(id, "HK", "LA");
        long atHongKong = awaitReceived(NETWORK.hkPort, reference, 1).get("id").asLong();
        long atLaos = awaitReceived(NETWORK.laPort, reference, 1).get("id").asLong();
        var hongKong = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        hongKong.logIn("investigator", "demo");
        var laos = new org.caunoi.hub.BrowserSession(NETWORK.laPort);
        laos.logIn("investigator", "demo");

        String english = hongKong.get("/enforcement/received/" + atHongKong + "?lang=en");
        String vietnamese = hongKong.get("/enforcement/received/" + atHongKong + "?lang=vi");
        String nonNominal = laos.get("/enforcement/received/" + atLaos + "?lang=en");
        String nonNominalVi = laos.get("/enforcement/received/" + atLaos + "?lang=vi");

        String[] sent = {"Cat Lai (VNCLI)", "293945", "Methamphetamine hidden in tea packages",
                "Đội Kiểm soát Hải quan Hải Phòng", "inside tea packages", "Shanghai (CNSHA)", "Hong Kong (HKHKG)",
                "Haiphong (VNHPH)", "HAI PHONG STAR", "9074729", "VN0513", "15C-12345", "CSQU3054383",
                "declared the goods as green tea"};
        String[] personal = {"Nguyễn Văn Hùng (Nguyen Van Hung)", "C1234567",
                "Công ty TNHH Thương mại Hoàng Long", "0101234567", "12 Lạch Tray, Hải Phòng"};
        assertThat(english).contains(sent).contains(personal).contains("02/11/2026", "17/05/1980", "12.5 kg", "250,000 USD", "Drugs", "Import", "Scanner",
                "title=\"CN\">China<", "title=\"HK\">Hong Kong (China)<", "title=\"VN\">Vietnam<", "Date of birth",
                "Tax number").doesNotContain("Not sent:", "case-persons-withheld");
        String[] sentWithVietnamesePortNames = java.util.Arrays.stream(sent)
                .map(text -> text.replace("Cat Lai (VNCLI)", "Cát Lái (VNCLI)").replace("Haiphong (VNHPH)", "Hải Phòng (VNHPH)"))
                .toArray(String[]::new);
        assertThat(vietnamese).contains(sentWithVietnamesePortNames).contains(personal).contains("02/11/2026", "17/05/1980", "12,5 kg", "250.000 USD", "Ma túy", "Nhập khẩu",
                "title=\"CN\">Trung Quốc<", "title=\"HK\">Hồng Kông (Trung Quốc)<", "title=\"VN\">Việt Nam<", "Ngày sinh",
                "Mã số thuế");
        assertThat(nonNominal).contains(sent).contains("02/11/2026", "title=\"CN\">China<", "id=\"case-persons-withheld\"",
                "id=\"case-companies-withheld\"", "Not sent: the partner shared "
                + "this case in the non-nominal form, which leaves out persons and companies.").doesNotContain(personal);
        assertThat(nonNominalVi).contains("Không được gửi: đối tác chia sẻ vụ việc này ở dạng dữ liệu không định danh");
    }

    @Test
    void aReceivedNameInHanCharactersReadsInHanVietBesideTheSendersPinyinOnVietnameseScreens() {
        long id = record(NewCase.methamphetamineAtHaiPhong().with("persons",
                List.of(Map.of("name", "张伟", "latinName", "Zhang Wei", "nationality", "CN"))));
        String reference = reference(id);
        share(id, "HK");
        long atHongKong = awaitReceived(NETWORK.hkPort, reference, 1).get("id").asLong();
        var hongKong = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        hongKong.logIn("investigator", "demo");

        assertThat(hongKong.get("/enforcement/received/" + atHongKong + "?lang=vi"))
                .contains("class=\"person-name\">张伟 (Trương Vĩ)<", "class=\"muted person-latin-name\">Zhang Wei<");
        assertThat(hongKong.get("/enforcement/received/" + atHongKong + "?lang=en"))
                .contains("class=\"person-name\">张伟 (Zhang Wei)<").doesNotContain("Trương Vĩ");
    }

    @Test
    void investigatorsAndAnalystsAreToldOnceOfACaseAPartnerSharesAndOfItsCorrectionInBothLanguages() {
        long id = record(NewCase.methamphetamineAtHaiPhong());
        String reference = reference(id);
        String messageId = share(id, "HK").get(0).get("messageId").asString();
        long atHongKong = awaitReceived(NETWORK.hkPort, reference, 1).get("id").asLong();
        String link = "|/enforcement/received/" + atHongKong;
        String english = "New case " + reference + " received from Vietnam Customs (Department of Customs)" + link;

        for (String officer : List.of("investigator", "analyst")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(notices(officer, "en"))
                    .contains(english));
            assertThat(notices(officer, "vi")).contains("Vụ việc mới " + reference + " nhận từ Cục Hải quan" + link);
        }
        assertThat(notices("liaison", "en")).as("only those who work on cases").noneMatch(n -> n.contains(reference));

        handleAgainAtHongKong(messageId);
        at(NETWORK.vnPort, "investigator").putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 14.0).with("version", 1).json());

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(notices("investigator", "en"))
                .contains("Vietnam Customs (Department of Customs) sent a correction of case " + reference + " (version 2)"
                        + link));
        assertThat(notices("investigator", "vi")).contains("Cục Hải quan đã gửi bản đính chính vụ việc " + reference
                + " (phiên bản 2)" + link);
        assertThat(notices("investigator", "en")).as("the version handled twice is told once").filteredOn(english::equals)
                .hasSize(1);
    }

    /** The case as it came to Hong Kong, handed to its handler a second time, as a retried message would be. */
    private static void handleAgainAtHongKong(String messageId) {
        byte[] payload = org.springframework.jdbc.core.simple.JdbcClient.create(hk.getBean(javax.sql.DataSource.class))
                .sql("SELECT payload FROM exchange.inbound_message WHERE message_id = ?").param(messageId)
                .query(byte[].class).single();
        var type = new org.caunoi.hub.exchange.MessageType("enforcement", "CaseReport");
        var handler = hk.getBeansOfType(org.caunoi.hub.exchange.MessageHandler.class).values().stream()
                .filter(candidate -> candidate.type().equals(type)).findFirst().orElseThrow();
        var message = new org.caunoi.hub.exchange.ReceivedMessage(messageId, "VN", type,
                org.caunoi.hub.partners.DataCategory.ENFORCEMENT_NOMINAL, org.caunoi.hub.partners.Purpose.INVESTIGATION,
                "application/json", payload, java.time.Instant.now(), org.caunoi.hub.exchange.Threading.NONE);
        hk.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .executeWithoutResult(status -> handler.handle(message));
    }

    /** The Hong Kong officer's notifications as "text|link", worded in the language. */
    private static List<String> notices(String officer, String language) {
        List<String> notices = new ArrayList<>();
        JSON.readTree(at(NETWORK.hkPort, officer).get("/api/notifications", language).body()).get("notifications")
                .forEach(n -> notices.add(n.get("text").asString() + "|" + n.get("link").asString()));
        return notices;
    }

    @Test
    void receivedCasesHaveTheirOwnListCountsOnTheHomeAndAreMarkedInSearch() {
        long id = record(NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(java.util.Map.of("name", "Đinh Bộ Lĩnh", "documents", List.of("D9680001")))));
        String reference = reference(id);
        JSON.readTree(at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\":[\"HK\"],\"purpose\":\"investigation\",\"caveats\":[\"intelligence-only\"]}").body());
        long atHongKong = awaitReceived(NETWORK.hkPort, reference, 1).get("id").asLong();
        var screen = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        screen.logIn("investigator", "demo");

        String list = screen.get("/enforcement/received?source=VN&state=active&lang=en");
        String home = screen.get("/enforcement/cases?lang=en");
        String caseSearch = screen.get("/enforcement/cases?q=Dinh+Bo+Linh&lang=en");
        String casePage = screen.get("/enforcement/received/" + atHongKong + "?lang=en");

        assertThat(list).contains("received-VN-" + reference, "Intelligence only, not evidence");
        assertThat(home).contains("id=\"received-VN-active\"", "/enforcement/received?source=VN&amp;state=active",
                "Vietnam Customs (Department of Customs), Active: ");
        assertThat(caseSearch).contains("received from Vietnam Customs (Department of Customs)", "Đinh Bộ Lĩnh",
                "/enforcement/received/" + atHongKong);
        assertThat(screen.get("/enforcement/cases?q=Dinh+Bo+Linh&lang=vi")).as("the partner named in the page's language")
                .contains("nhận từ Cục Hải quan");
        assertThat(casePage).contains("id=\"received-caveats\"", "Intelligence only, not evidence");
        JsonNode hits = JSON.readTree(at(NETWORK.hkPort, "investigator").get("/api/enforcement/search?q=Dinh%20Bo%20Linh")
                .body()).get("hits");
        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.get("received").asBoolean()).isTrue();
            assertThat(hit.get("source").asString()).isEqualTo("VN");
            assertThat(hit.get("nameAsWritten").asString()).isEqualTo("Đinh Bộ Lĩnh");
            assertThat(hit.get("latinName").asString()).isEqualTo("Dinh Bo Linh");
        });
    }

    @Test
    void theReceivedListPagesItsCasesAndSaysHowManyTheFilterLetsThroughInBothLanguages() {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = record(NewCase.methamphetamineAtHaiPhong());
            share(id, "HK");
            references.add(reference(id));
        }
        references.forEach(reference -> awaitReceived(NETWORK.hkPort, reference, 1));
        long all = JSON.readTree(at(NETWORK.hkPort, "investigator").get("/api/enforcement/cases?source=VN").body()).size();
        var screen = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        screen.logIn("investigator", "demo");

        String first = screen.get("/enforcement/received?source=VN&size=2&lang=en");
        String second = screen.get("/enforcement/received?source=VN&size=2&page=1&lang=vi");

        java.util.regex.Pattern row = java.util.regex.Pattern.compile("id=\"received-VN-(VN-\\d{4}-\\d{6})\"");
        List<String> onFirst = row.matcher(first).results().map(match -> match.group(1)).toList();
        List<String> onSecond = row.matcher(second).results().map(match -> match.group(1)).toList();
        long secondEnd = Math.min(4, all);
        assertThat(onFirst).hasSize(2);
        assertThat(onSecond).hasSize((int) secondEnd - 2).doesNotContainAnyElementsOf(onFirst);
        assertThat(first).contains("Showing 1–2 of " + all, "source=VN&amp;size=2&amp;lang=en&amp;page=1");
        assertThat(second).contains("Hiển thị 3–" + secondEnd + " trên tổng số " + all);
    }

    @Test
    void correctionAndWithdrawalReachBothHubsAsNewVersions() {
        long id = record(NewCase.methamphetamineAtHaiPhong());
        String reference = reference(id);
        share(id, "HK", "LA");

        at(NETWORK.vnPort, "investigator").putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 14.0).with("version", 1).json());
        at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/cases/" + id + "/withdraw", "");

        for (int port : new int[] {NETWORK.hkPort, NETWORK.laPort}) {
            JsonNode received = awaitReceived(port, reference, 3);
            assertThat(received.get("state").asString()).isEqualTo("withdrawn");
            assertThat(received.get("versions").findValuesAsString("change"))
                    .containsExactly("original", "correction", "withdrawal");
            assertThat(received.at("/content/quantity/value").asDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void aReceivedCaseGoesOnToAnotherPartnerOnlyWithTheSourcesRecordedConsent() {
        var hongKong = at(NETWORK.hkPort, "investigator");
        var recorded = hongKong.postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong().json());
        long hkCase = JSON.readTree(recorded.body()).get("id").asLong();
        String reference = JSON.readTree(recorded.body()).get("reference").asString();
        hongKong.postJson("/api/enforcement/cases/" + hkCase + "/share", "{\"partners\":[\"VN\"],\"purpose\":\"investigation\"}");
        long atVietnam = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> receivedId(NETWORK.vnPort, "HK", reference),
                found -> found > 0);
        String onward = "{\"partners\":[\"LA\"],\"purpose\":\"investigation\"}";

        JsonNode refused = JSON.readTree(at(NETWORK.vnPort, "liaison")
                .postJson("/api/enforcement/received/" + atVietnam + "/share", onward).body());
        vn.getBean(OnwardConsents.class).record("HK", "LA", "enforcement-case/" + reference, "HK letter 2026/31");
        JsonNode passedOn = JSON.readTree(at(NETWORK.vnPort, "liaison")
                .postJson("/api/enforcement/received/" + atVietnam + "/share", onward).body());

        assertThat(refused.get(0).get("refusal").asString()).isEqualTo("no-onward-consent");
        assertThat(passedOn.get(0).get("form").asString()).as("Lao PDR takes no personal data").isEqualTo("non-nominal");
        assertThat(payload(passedOn.get(0).get("messageId").asString())).doesNotContain("Nguyễn");
    }

    @Test
    void sharingWithAnOperationReachesEachParticipantInItsForm() {
        long id = record(NewCase.methamphetamineAtHaiPhong());
        long operation = JSON.readTree(at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations",
                "{\"name\": \"Mekong Dragon\", \"categories\": [\"drugs\"], \"partners\": [\"HK\", \"LA\"]}")
                .body()).get("id").asLong();

        JsonNode outcomes = JSON.readTree(at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/cases/" + id + "/share",
                "{\"operation\": " + operation + ", \"purpose\": \"investigation\"}").body());

        assertThat(outcomes.findValuesAsString("partner")).containsExactly("HK", "LA");
        assertThat(outcomes.findValuesAsString("form")).containsExactly("nominal", "non-nominal");
    }

    @Test
    void aDocumentsTypeTravelsWithTheCaseAndACaseSentWithoutTypesIsReadAsBefore() {
        long id = record(NewCase.methamphetamineAtHaiPhong().with("persons", List.of(java.util.Map.of("name", "Hoàng Văn Thụ",
                "documents", List.of("H9090417"), "documentTypes", java.util.Map.of("H9090417", "passport")))));
        String reference = reference(id);
        share(id, "HK");
        var hongKong = at(NETWORK.hkPort, "investigator");
        var recorded = hongKong.postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(java.util.Map.of("name", "Chan Tai Man", "documents", List.of("K4040417")))).json());
        long hkCase = JSON.readTree(recorded.body()).get("id").asLong();
        String hkReference = JSON.readTree(recorded.body()).get("reference").asString();
        hongKong.postJson("/api/enforcement/cases/" + hkCase + "/share", "{\"partners\":[\"VN\"],\"purpose\":\"investigation\"}");

        JsonNode atHongKong = awaitReceived(NETWORK.hkPort, reference, 1);
        long atVietnam = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> receivedId(NETWORK.vnPort, "HK", hkReference),
                found -> found > 0);
        var screen = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        screen.logIn("investigator", "demo");
        var vietnam = new org.caunoi.hub.BrowserSession(NETWORK.vnPort);
        vietnam.logIn("investigator", "demo");

        assertThat(atHongKong.at("/content/persons/0/documentTypes")).isEqualTo(JSON.readTree("{\"H9090417\": \"passport\"}"));
        assertThat(screen.get("/enforcement/received/" + atHongKong.get("id").asLong() + "?lang=vi")).contains(">Hộ chiếu H9090417<");
        assertThat(JSON.readTree(at(NETWORK.vnPort, "investigator").get("/api/enforcement/received/" + atVietnam).body())
                .at("/content/persons/0").has("documentTypes")).isFalse();
        assertThat(vietnam.get("/enforcement/received/" + atVietnam + "?lang=vi")).contains(">K4040417<");
    }

    @Test
    void aNameVietnamKnowsOnlyFromAnotherCaseIsWithheldFromTheReceivedCaseForThoseWhoDoNotReadItInFull() {
        // Khúc Thừa Hạo is a person of another case, shared with no one: only Vietnam's hub knows his name.
        record(NewCase.methamphetamineAtHaiPhong().with("persons", List.of(Map.of("name", "Khúc Thừa Hạo", "nationality", "VN"))));
        String narrative = "Nguyễn Văn Hùng declared the goods as green tea; Khúc Thừa Hạo paid the driver and ông Hạo "
                + "met him at the gate.";
        long id = record(NewCase.methamphetamineAtHaiPhong().with("narrative", narrative));
        String reference = reference(id);
        String withheld = "[…] declared the goods as green tea; […] paid the driver and ông […] met him at the gate.";

        JsonNode outcomes = share(id, "HK", "LA");

        JsonNode toHongKong = JSON.readTree(payload(outcomes.get(0).get("messageId").asString()));
        assertThat(toHongKong.at("/content/narrative").asString()).isEqualTo(narrative);
        assertThat(toHongKong.at("/nonNominal/narrative").asString()).as("Vietnam's own non-nominal form beside it")
                .isEqualTo(withheld);
        assertThat(payload(outcomes.get(1).get("messageId").asString())).as("the non-nominal form: nothing as written")
                .contains(withheld).doesNotContain("Khúc", "Hạo", "Nguyễn", "nonNominal");
        long atHongKong = awaitReceived(NETWORK.hkPort, reference, 1).get("id").asLong();
        JsonNode byInvestigator = JSON.readTree(at(NETWORK.hkPort, "investigator").get("/api/enforcement/received/" + atHongKong).body());
        JsonNode byAnalyst = JSON.readTree(at(NETWORK.hkPort, "analyst").get("/api/enforcement/received/" + atHongKong).body());
        assertThat(byInvestigator.at("/content/narrative").asString()).as("received cases are read in full by investigators")
                .isEqualTo(narrative);
        assertThat(byInvestigator.at("/versions/0").has("sendersNonNominal")).as("kept for the non-nominal form only").isFalse();
        assertThat(byAnalyst.get("form").asString()).isEqualTo("non-nominal");
        assertThat(byAnalyst.at("/content/narrative").asString()).isEqualTo(withheld);
        assertThat(byAnalyst.at("/versions/0/content/narrative").asString()).isEqualTo(withheld);
        assertThat(byAnalyst.toString()).doesNotContain("Khúc", "Hạo", "Nguyễn");
        var viewer = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        viewer.logIn("viewer", "demo");
        assertThat(viewer.get("/enforcement/received/" + atHongKong + "?lang=en")).contains(reference, withheld)
                .doesNotContain("Khúc", "Hạo", "Nguyễn");
    }

    @Test
    void aCaseFromAHubOfAnEarlierReleaseWithoutTheSendersNonNominalTextsIsTakenAndCleanedHereAsBefore() {
        String reference = "VN-2026-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(900_000_000, 999_999_999);
        String narrative = "Lý Thường Kiệt declared the goods as green tea.";
        // As a hub of the release before sends it: schema version 1, no "nonNominal".
        String versionOne = """
                {"reference": "%s", "version": 1, "caseVersion": 1, "change": "original", "form": "nominal",
                 "caveats": [], "sentAt": "2026-12-06T00:00:00Z", "photos": [],
                 "content": {"date": "2026-11-02", "place": "VNHPH", "category": "drugs",
                   "description": "Methamphetamine hidden in tea packages",
                   "persons": [{"name": "Lý Thường Kiệt", "nationality": "VN"}], "narrative": "%s"}}"""
                .formatted(reference, narrative);
        var message = org.caunoi.hub.exchange.OutgoingMessage.to(List.of("HK"),
                new org.caunoi.hub.exchange.MessageType("enforcement", "CaseReport"),
                org.caunoi.hub.partners.DataCategory.ENFORCEMENT_NOMINAL, org.caunoi.hub.partners.Purpose.INVESTIGATION,
                "application/json", versionOne.getBytes(StandardCharsets.UTF_8))
                .revision(org.caunoi.hub.exchange.Revision.original("enforcement-case/" + reference));

        var dispatch = vn.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .execute(status -> vn.getBean(org.caunoi.hub.exchange.ExchangeService.class).send(message)).getFirst();

        assertThat(dispatch.queued()).isTrue();
        long atHongKong = awaitReceived(NETWORK.hkPort, reference, 1).get("id").asLong();
        JsonNode byInvestigator = JSON.readTree(at(NETWORK.hkPort, "investigator").get("/api/enforcement/received/" + atHongKong).body());
        JsonNode byAnalyst = JSON.readTree(at(NETWORK.hkPort, "analyst").get("/api/enforcement/received/" + atHongKong).body());
        assertThat(byInvestigator.at("/content/narrative").asString()).isEqualTo(narrative);
        assertThat(byAnalyst.at("/content/narrative").asString()).as("cleaned here, of the persons the case lists")
                .isEqualTo("[…] declared the goods as green tea.");
        assertThat(byAnalyst.at("/versions/0/content/narrative").asString()).isEqualTo("[…] declared the goods as green tea.");
    }

    @Test
    void onlyTheOwningUnitAndLiaisonOfficersShare() {
        long id = record(NewCase.methamphetamineAtHaiPhong());

        var byAnalyst = at(NETWORK.vnPort, "analyst").postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\":[\"HK\"],\"purpose\":\"investigation\"}");

        assertThat(byAnalyst.statusCode()).isEqualTo(403);
    }

    private static long record(NewCase input) {
        return Recorded.caseOn(NETWORK.vnPort, input);
    }

    private static String reference(long id) {
        return JSON.readTree(at(NETWORK.vnPort, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("reference").asString();
    }

    private static JsonNode share(long id, String... partners) {
        var response = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\":" + JSON.writeValueAsString(partners) + ",\"purpose\":\"investigation\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String payload(String messageId) {
        return new String(vn.getBean(OutboundMessages.class).payload(messageId).orElseThrow(), StandardCharsets.UTF_8);
    }

    /** The received case once it has reached the version, as the hub's investigator reads it. */
    private static JsonNode awaitReceived(int port, String reference, int version) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            long id = receivedId(port, "VN", reference);
            if (id == 0) {
                return null;
            }
            JsonNode received = JSON.readTree(at(port, "investigator").get("/api/enforcement/received/" + id).body());
            return received.get("version").asInt() >= version ? received : null;
        }, received -> received != null);
    }

    private static long receivedId(int port, String source, String reference) {
        JsonNode list = JSON.readTree(at(port, "investigator").get("/api/enforcement/cases?source=" + source).body());
        for (JsonNode received : list) {
            if (received.get("reference").asString().equals(reference)) {
                return received.get("id").asLong();
            }
        }
        return 0;
    }

    private static List<JsonNode> nameHits(int port) {
        List<JsonNode> hits = new ArrayList<>();
        JSON.readTree(at(port, "investigator").get("/api/enforcement/search?q=NGUYEN%20VAN%20HUNG").body()).get("hits")
                .forEach(hits::add);
        return hits;
    }

    private static HubClient at(int port, String officer) {
        return HubClient.as(port, officer);
    }
}
