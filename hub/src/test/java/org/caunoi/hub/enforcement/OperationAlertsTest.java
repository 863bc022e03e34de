package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.exchange.DemoHubs;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operation alerts between the three demo hubs over real AS4: Vietnam alerts every participant of
 * an operation, each after its own legal-basis check; Hong Kong's and Lao PDR's hubs keep the alert
 * with its attachment and tell their officers; Vietnam shows each hub's receipt.
 */
class OperationAlertsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A 1x1 PNG: a photo the attachment store takes. */
    private static final String PHOTO = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";
    @RegisterExtension
    private static final DemoHubs NETWORK = new DemoHubs();

    @BeforeAll
    static void startThreeHubs() {
        NETWORK.startHk();
        NETWORK.startLa();
        NETWORK.startVn();
    }

    @Test
    void everyParticipantGetsTheAlertItsAgreementsAllowAndVietnamSeesEachReceipt() {
        long operation = operation(NETWORK.vnPort, "Mekong Dragon Alerts", "MEKONG-DRAGON-ALERTS", "HK", "LA", "KR");

        var response = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts", """
                {"text": "Container CSQU3054383 on HAI PHONG STAR: inspect on arrival", "purpose": "investigation",
                 "attachments": [{"name": "container.png", "content": "%s"}]}""".formatted(PHOTO));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode sent = JSON.readTree(response.body());
        assertThat(recipient(sent, "HK").get("outcome").asString()).isEqualTo("queued");
        assertThat(recipient(sent, "LA").get("outcome").asString()).isEqualTo("queued");
        JsonNode korea = recipient(sent, "KR");
        assertThat(korea.get("outcome").asString()).isEqualTo("not-sent");
        assertThat(korea.get("refusal").isNull()).isFalse();
        assertThat(sent.at("/attachments/0/contentType").asString()).isEqualTo("image/png");

        // A photo may show persons: it goes only where an agreement allows personal data (Hong Kong), Lao PDR gets the text.
        assertThat(recipient(sent, "HK").get("attachmentsWithheld").asBoolean()).isFalse();
        assertThat(recipient(sent, "LA").get("attachmentsWithheld").asBoolean()).isTrue();
        for (int port : new int[] {NETWORK.hkPort, NETWORK.laPort}) {
            JsonNode received = awaitAlert(port, "CSQU3054383");
            assertThat(received.get("source").asString()).isEqualTo("VN");
            assertThat(received.get("operation").asString()).isEqualTo("Mekong Dragon Alerts");
            if (port == NETWORK.laPort) {
                assertThat(received.get("attachments")).as("no photo for a partner without a personal-data agreement").isEmpty();
            }
            else {
                assertThat(received.at("/attachments/0/displayName").asString()).isEqualTo("container.png");
                assertThat(received.at("/attachments/0/sizeBytes").asLong()).isEqualTo(java.util.Base64.getDecoder()
                        .decode(PHOTO).length);
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(at(port, "investigator").get("/api/notifications?lang=en").body())
                            .contains("New alert from Vietnam Customs (Department of Customs) for operation Mekong Dragon Alerts"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode alert = JSON.readTree(at(NETWORK.vnPort, "analyst")
                    .get("/api/enforcement/operations/" + operation + "/alerts").body()).get(0);
            for (String partner : List.of("HK", "LA")) {
                assertThat(recipient(alert, partner).get("outcome").asString()).isEqualTo("delivered");
                assertThat(recipient(alert, partner).get("outcomeAt").isNull()).isFalse();
            }
            assertThat(recipient(alert, "KR").get("outcome").asString()).isEqualTo("not-sent");
        });
    }

    @Test
    void aReceivedAlertGoesToTheLocalOperationWithItsSharedCodeAndNeverToOneThatOnlyHasItsName() {
        long atVietnam = operation(NETWORK.vnPort, "Rồng Mê Kông 2026", "MEKONG-DRAGON-2026", "HK", "LA");
        long atHongKong = operation(NETWORK.hkPort, "Mekong Dragon (HK)", "mekong-dragon-2026", "VN");
        long sameNameAtLaos = operation(NETWORK.laPort, "Rồng Mê Kông 2026", null, "VN");

        assertThat(at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + atVietnam + "/alerts",
                "{\"text\": \"Coded alert: watch border gate Lao Bao\"}").statusCode()).isEqualTo(201);

        JsonNode atHk = awaitAlert(NETWORK.hkPort, "Coded alert");
        assertThat(atHk.get("operationId").asLong()).isEqualTo(atHongKong);
        assertThat(atHk.get("operationCode").asString()).isEqualTo("MEKONG-DRAGON-2026");
        assertThat(receivedFor(NETWORK.hkPort, atHongKong)).hasSize(1);
        JsonNode atLa = awaitAlert(NETWORK.laPort, "Coded alert");
        assertThat(atLa.get("operationId").isNull()).as("the same name is no proof of the same operation").isTrue();
        assertThat(receivedFor(NETWORK.laPort, sameNameAtLaos)).isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(at(NETWORK.laPort, "investigator").get("/api/notifications?lang=en").body())
                        .contains("New alert from Vietnam Customs (Department of Customs) for operation Rồng Mê Kông 2026, which is not known here"));
        var screen = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        screen.logIn("investigator", "demo");
        assertThat(screen.get("/enforcement/operations/" + atHongKong + "?lang=en")).contains("Coded alert", "MEKONG-DRAGON-2026");
        var laos = new org.caunoi.hub.BrowserSession(NETWORK.laPort);
        laos.logIn("investigator", "demo");
        assertThat(laos.get("/enforcement/operations/" + sameNameAtLaos + "?lang=en")).doesNotContain("Coded alert");
        assertThat(laos.get("/enforcement/alerts?lang=en")).contains("Coded alert", "not known here");
    }

    @Test
    void theOperationsVietnameseNameTravelsBesideItsEnglishOneAndAnAlertWithoutOneStillArrives() {
        var bilingual = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations", """
                {"name": "Thunderball Alerts", "nameVi": "Chiến dịch Thunderball (cảnh báo)", "categories": ["cites-fauna"],
                 "partners": ["HK"]}""");
        assertThat(bilingual.statusCode()).as(bilingual.body()).isEqualTo(201);
        long englishOnly = operation(NETWORK.vnPort, "Heron Alerts", null, "HK");

        assertThat(at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/"
                + JSON.readTree(bilingual.body()).get("id").asLong() + "/alerts", "{\"text\": \"Bilingual alert: ivory\"}")
                .statusCode()).isEqualTo(201);
        assertThat(at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + englishOnly + "/alerts",
                "{\"text\": \"English-only alert: scales\"}").statusCode()).isEqualTo(201);

        JsonNode named = awaitAlert(NETWORK.hkPort, "Bilingual alert");
        assertThat(named.get("operation").asString()).isEqualTo("Thunderball Alerts");
        assertThat(named.get("operationVi").asString()).isEqualTo("Chiến dịch Thunderball (cảnh báo)");
        JsonNode unnamed = awaitAlert(NETWORK.hkPort, "English-only alert");
        assertThat(unnamed.get("operationVi").isNull()).as("sent without one, as a hub of an earlier release sends").isTrue();
        var screen = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        screen.logIn("investigator", "demo");
        assertThat(screen.get("/enforcement/alerts?lang=vi")).contains(">Chiến dịch Thunderball (cảnh báo)</span>",
                ">Heron Alerts</span>");
        assertThat(screen.get("/enforcement/alerts?lang=en")).contains(">Thunderball Alerts</span>", ">Heron Alerts</span>");
        // The notice names the operation in its reader's language, whichever language the sender's officer used.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(at(NETWORK.hkPort, "investigator").get("/api/notifications?lang=vi").body())
                    .contains("cho chiến dịch Chiến dịch Thunderball (cảnh báo)", "cho chiến dịch Heron Alerts")
                    .doesNotContain("cho chiến dịch Thunderball Alerts");
            assertThat(at(NETWORK.hkPort, "investigator").get("/api/notifications?lang=en").body())
                    .contains("for operation Thunderball Alerts", "for operation Heron Alerts")
                    .doesNotContain("for operation Chiến dịch Thunderball (cảnh báo)");
        });
    }

    @Test
    void anAlertLeavesWithoutTheNamesAndNumbersItsTextHolds() {
        at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(java.util.Map.of("name", "Võ Thị Sáu Kiều", "nationality", "VN"))).json());
        long operation = operation(NETWORK.vnPort, "Personal Alerts", null, "LA");

        var response = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"Private alert: VO THI SAU KIEU, passport K9876543, crosses at Lao Bao today\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(awaitAlert(NETWORK.laPort, "Private alert").get("text").asString())
                .isEqualTo("Private alert: […], passport […], crosses at Lao Bao today");
    }

    @Test
    void hongKongGetsTheAlertAsWrittenWithItsPhotoLaosItsNonNominalFormAndEachHubShowsItAsItsOfficersMayRead() {
        // Each hub cleans with the names it knows: both know Zhang Wei from a case of their own.
        for (int port : new int[] {NETWORK.vnPort, NETWORK.hkPort}) {
            var known = at(port, "investigator").postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong()
                    .with("persons", List.of(java.util.Map.of("name", "张伟", "latinName", "Zhang Wei", "nationality", "CN"))).json());
            assertThat(known.statusCode()).as(known.body()).isEqualTo(201);
        }
        long operation = operation(NETWORK.vnPort, "Rivergate Alerts", "RIVERGATE-2026", "HK", "LA");
        long atHongKong = operation(NETWORK.hkPort, "Rivergate (HK)", "RIVERGATE-2026", "VN");
        String written = "RIVERGATE: Đối tượng: Zhang Wei, hộ chiếu E12345678";

        var response = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts", """
                {"text": "%s", "attachments": [{"name": "suspect.png", "content": "%s"}]}""".formatted(written, PHOTO));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode sent = JSON.readTree(response.body());
        assertThat(recipient(sent, "HK").get("form").asString()).isEqualTo("nominal");
        assertThat(recipient(sent, "HK").get("formReason").isNull()).isTrue();
        assertThat(recipient(sent, "LA").get("form").asString()).isEqualTo("non-nominal");
        assertThat(recipient(sent, "LA").get("formReason").asString()).isEqualTo("category-not-covered");
        JsonNode atHk = awaitAlert(NETWORK.hkPort, "RIVERGATE");
        assertThat(atHk.get("text").asString()).isEqualTo(written);
        assertThat(atHk.at("/attachments/0/displayName").asString()).isEqualTo("suspect.png");
        JsonNode atLa = awaitAlert(NETWORK.laPort, "RIVERGATE");
        assertThat(atLa.get("text").asString()).isEqualTo("RIVERGATE: Đối tượng: […], hộ chiếu […]");
        assertThat(atLa.get("attachments")).isEmpty();
        var investigator = new org.caunoi.hub.BrowserSession(NETWORK.vnPort);
        investigator.logIn("investigator", "demo");
        assertThat(investigator.get("/enforcement/operations/" + operation + "?lang=en"))
                .contains("(full text and files)", "(non-nominal: text without names and numbers, no files; "
                        + "the agreements do not cover this kind of enforcement information)");

        // In the hub: the sender's unit's investigator reads it in full, an analyst as its non-nominal form.
        JsonNode full = JSON.readTree(at(NETWORK.vnPort, "investigator")
                .get("/api/enforcement/operations/" + operation + "/alerts").body()).get(0);
        assertThat(full.get("text").asString()).isEqualTo(written);
        String photo = full.at("/attachments/0/id").asString();
        assertThat(investigator.status("/enforcement/alerts/attachments/" + photo)).isEqualTo(200);
        JsonNode redacted = JSON.readTree(at(NETWORK.vnPort, "analyst")
                .get("/api/enforcement/operations/" + operation + "/alerts").body()).get(0);
        assertThat(redacted.get("text").asString()).isEqualTo("RIVERGATE: Đối tượng: […], hộ chiếu […]");
        assertThat(redacted.get("attachments")).isEmpty();
        assertThat(redacted.get("form").asString()).isEqualTo("non-nominal");
        var analyst = new org.caunoi.hub.BrowserSession(NETWORK.vnPort);
        analyst.logIn("analyst", "demo");
        assertThat(analyst.get("/enforcement/operations/" + operation + "?lang=en"))
                .contains("RIVERGATE: Đối tượng: […], hộ chiếu […]").doesNotContain("Zhang Wei", "E12345678", "suspect.png");
        assertThat(analyst.status("/enforcement/alerts/attachments/" + photo)).isIn(403, 404);
        // Received: kept as Hong Kong got it, shown in full to whom may read personal data, cleaned to an analyst.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !receivedFor(NETWORK.hkPort, atHongKong).isEmpty());
        var hkInvestigator = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        hkInvestigator.logIn("investigator", "demo");
        assertThat(hkInvestigator.get("/enforcement/operations/" + atHongKong + "?lang=en")).contains(written, "suspect.png");
        var hkAnalyst = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        hkAnalyst.logIn("analyst", "demo");
        assertThat(hkAnalyst.get("/enforcement/operations/" + atHongKong + "?lang=en"))
                .contains("RIVERGATE: Đối tượng: […], hộ chiếu […]").doesNotContain("Zhang Wei", "E12345678", "suspect.png");
        assertThat(hkAnalyst.status("/enforcement/alerts/attachments/" + atHk.at("/attachments/0/id").asString()))
                .isIn(403, 404);
    }

    @Test
    void aNameVietnamKnowsOnlyFromACaseIsWithheldFromTheAlertHongKongsAnalystsRead() {
        // Khúc Thừa Hạo is a person of a case at Vietnam's hub only: Hong Kong's hub does not know his name.
        var known = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/cases", NewCase.methamphetamineAtHaiPhong()
                .with("persons", List.of(java.util.Map.of("name", "Khúc Thừa Hạo", "nationality", "VN"))).json());
        assertThat(known.statusCode()).as(known.body()).isEqualTo(201);
        long operation = operation(NETWORK.vnPort, "Stonebridge Alerts", "STONEBRIDGE-2026", "HK", "LA");
        long atHongKong = operation(NETWORK.hkPort, "Stonebridge (HK)", "STONEBRIDGE-2026", "VN");
        String written = "STONEBRIDGE: ông Hạo crosses at Móng Cái today";
        String withheld = "STONEBRIDGE: ông […] crosses at Móng Cái today";

        var response = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"" + written + "\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(awaitAlert(NETWORK.hkPort, "STONEBRIDGE").get("text").asString()).as("Hong Kong's investigator: in full")
                .isEqualTo(written);
        assertThat(awaitAlert(NETWORK.laPort, "STONEBRIDGE").get("text").asString()).as("Lao PDR: the non-nominal form")
                .isEqualTo(withheld);
        List<String> byAnalyst = new ArrayList<>();
        JSON.readTree(at(NETWORK.hkPort, "analyst").get("/api/enforcement/alerts/received").body())
                .forEach(alert -> byAnalyst.add(alert.get("text").asString()));
        assertThat(byAnalyst).contains(withheld).noneMatch(text -> text.contains("Hạo"));
        var hkAnalyst = new org.caunoi.hub.BrowserSession(NETWORK.hkPort);
        hkAnalyst.logIn("analyst", "demo");
        assertThat(hkAnalyst.get("/enforcement/operations/" + atHongKong + "?lang=en")).contains(withheld).doesNotContain("Hạo");
    }

    @Test
    void theFormSaysBeforeSendingWhoWillGetWhatAndWarnsWhenNoParticipantCanReceiveTheAlert() {
        long onlyChina = operation(NETWORK.vnPort, "Lonely Alerts", null, "CN");
        long mixed = operation(NETWORK.vnPort, "Mixed Alerts", null, "HK", "LA", "CN");

        JsonNode reach = JSON.readTree(at(NETWORK.vnPort, "investigator")
                .get("/api/enforcement/operations/" + onlyChina + "/alert-reach").body());
        assertThat(reach).hasSize(1);
        assertThat(reach.at("/0/partner").asString()).isEqualTo("CN");
        assertThat(reach.at("/0/form").isNull()).isTrue();
        assertThat(reach.at("/0/reason").asString()).isEqualTo("no-endpoint");
        var screen = new org.caunoi.hub.BrowserSession(NETWORK.vnPort);
        screen.logIn("investigator", "demo");
        assertThat(screen.get("/enforcement/operations/" + onlyChina + "?lang=en"))
                .contains("will not receive it: the partner&#39;s hub is not configured",
                        "No participant can receive this alert: sending only records it here, as a note on the operation.");
        assertThat(screen.get("/enforcement/operations/" + mixed + "?lang=en"))
                .contains("the full text and the files (an agreement allows personal data)",
                        "the text without names and numbers, no files (the agreements do not cover this kind of enforcement information)",
                        "will not receive it: the partner&#39;s hub is not configured")
                .doesNotContain("No participant can receive this alert");

        var recorded = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + onlyChina + "/alerts",
                "{\"text\": \"Local note: nobody is connected\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        JsonNode china = recipient(JSON.readTree(recorded.body()), "CN");
        assertThat(china.get("outcome").asString()).isEqualTo("not-sent");
        assertThat(china.get("refusal").asString()).isEqualTo("no-endpoint");
        assertThat(china.get("form").isNull()).isTrue();
    }

    @Test
    void anEmptyAlertOrOneWithAFileThatIsNoImageNorPdfIsRefusedAndNothingIsSent() {
        long operation = operation(NETWORK.vnPort, "Empty Alerts", null, "HK");

        var empty = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"  \"}");
        var script = at(NETWORK.vnPort, "investigator").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"see file\", \"attachments\": [{\"name\": \"x.html\", \"content\": \"PHNjcmlwdD4=\"}]}");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).at("/errors/0/field").asString()).isEqualTo("text");
        assertThat(script.statusCode()).as("the attachment store's answer to a type it does not take").isEqualTo(415);
        assertThat(JSON.readTree(at(NETWORK.vnPort, "analyst").get("/api/enforcement/operations/" + operation + "/alerts")
                .body())).isEmpty();
    }

    @Test
    void analystsAndViewersDoNotSendAlerts() {
        long operation = operation(NETWORK.vnPort, "Viewer Alerts", null, "HK");

        var byViewer = at(NETWORK.vnPort, "viewer").postJson("/api/enforcement/operations/" + operation + "/alerts",
                "{\"text\": \"hello\"}");

        assertThat(byViewer.statusCode()).isEqualTo(403);
    }

    private static long operation(int port, String name, @Nullable String code, String... partners) {
        var response = at(port, "investigator").postJson("/api/enforcement/operations",
                "{\"name\": \"" + name + "\", \"code\": " + JSON.writeValueAsString(code)
                        + ", \"categories\": [\"drugs\"], \"partners\": " + JSON.writeValueAsString(List.of(partners)) + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    /** The alert received at the hub whose text contains the words, once it has arrived. */
    private static JsonNode awaitAlert(int port, String words) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode alert : JSON.readTree(at(port, "investigator").get("/api/enforcement/alerts/received").body())) {
                if (alert.get("text").asString().contains(words)) {
                    return alert;
                }
            }
            return null;
        }, alert -> alert != null);
    }

    private static List<JsonNode> receivedFor(int port, long operation) {
        List<JsonNode> alerts = new ArrayList<>();
        JSON.readTree(at(port, "investigator").get("/api/enforcement/alerts/received?operation=" + operation).body())
                .forEach(alerts::add);
        return alerts;
    }

    private static JsonNode recipient(JsonNode alert, String partner) {
        for (JsonNode recipient : alert.get("recipients")) {
            if (recipient.get("partner").asString().equals(partner)) {
                return recipient;
            }
        }
        throw new AssertionError(partner + " is no recipient of " + alert);
    }

    private static HubClient at(int port, String officer) {
        return HubClient.as(port, officer);
    }
}
