package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The share form on a case's page, over real HTTP on the shared hub: partners are ticked by name in the
 * officer's language (no codes to type), the page shows before sending which form each chosen partner
 * gets and why, and the choice stays after a share or a refusal.
 */
@HubTest
class CaseShareFormTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void partnersAreChosenByNameInTheOfficersLanguageNotTyped() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        BrowserSession session = signedIn();

        String vietnamese = session.get("/enforcement/cases/" + id + "?lang=vi");
        String english = session.get("/enforcement/cases/" + id + "?lang=en");

        assertThat(vietnamese).containsPattern(named("HK", "Hồng Kông \\(Trung Quốc\\)"))
                .doesNotContain("name=\"partners\" placeholder", "value=\"VN\" id=\"share-partner-VN\"");
        assertThat(english).containsPattern(named("HK", "Hong Kong \\(China\\)")).containsPattern(named("LA", "Laos"));
    }

    @Test
    void forumsAndOrganisationsThatTakeNoCasesAreNotOffered() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        BrowserSession session = signedIn();

        String vietnamese = session.get("/enforcement/cases/" + id + "?lang=vi");
        String english = session.get("/enforcement/cases/" + id + "?lang=en");

        assertThat(vietnamese).containsPattern(checkbox("HK")).containsPattern(checkbox("KH"))
                .doesNotContain("value=\"WTO\"", "value=\"APEC\"", "value=\"ASEM\"", "value=\"GMS\"", "value=\"ASEAN\"")
                .doesNotContain("Tổ chức Thương mại Thế giới", "Diễn đàn Hợp tác Á – Âu", "Hợp tác Kinh tế châu Á");
        assertThat(english).doesNotContain("World Trade Organization", "Asia–Europe Meeting", "Asia-Pacific Economic Cooperation");
    }

    @Test
    void aPartnerWithoutAConnectedHubIsShownButCannotBeTickedAndSaysWhyInTheOfficersLanguage() {
        // New Zealand's hub registered without its certificate: nothing could be delivered to it.
        var saved = HubClient.as(port, "admin").putJson("/api/partners/NZ/connection",
                "{\"endpoint\": \"http://127.0.0.1:8097/as4\", \"partyId\": \"urn:test:nz-share-form\", \"keyReference\": \"BST\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        BrowserSession session = signedIn();

        String vietnamese = session.get("/enforcement/cases/" + id + "/share-preview?partners=CU&partners=NZ&partners=HK&lang=vi");
        String english = session.get("/enforcement/cases/" + id + "?lang=en");

        assertThat(vietnamese).containsPattern(row("CU", "unavailable") + "(?s:.*?)" + checkbox("CU") + " disabled=\"disabled\">"
                        + "(?s:.*?)<td class=\"share-hub\">Chưa có kết nối hệ thống</td>")
                .containsPattern(row("NZ", "unavailable") + "(?s:.*?)" + checkbox("NZ") + " disabled=\"disabled\">"
                        + "(?s:.*?)<td class=\"share-hub\">Chưa đăng ký chứng thư số của đối tác</td>")
                .containsPattern(row("HK", "selectable") + "(?s:.*?)" + checkbox("HK") + " checked=\"checked\">"
                        + "(?s:.*?)<td class=\"share-hub ready\">Đã kết nối</td>\\s*<td class=\"share-basis allowed\">Được gửi dữ liệu định danh</td>")
                .as("a box that cannot be ticked stays unticked, asked for or not")
                .doesNotContainPattern(checkbox("CU") + " checked").doesNotContainPattern(checkbox("NZ") + " checked");
        assertThat(english).containsPattern(row("CU", "unavailable") + "(?s:.*?)<td class=\"share-hub\">No hub connection</td>")
                .containsPattern(row("NZ", "unavailable") + "(?s:.*?)<td class=\"share-hub\">No certificate of the partner")
                .containsPattern(row("LA", "selectable") + "(?s:.*?)<td class=\"share-basis allowed\">Non-nominal data only</td>");
        assertThat(english.indexOf(row("LA", "selectable"))).as("the partners that can be ticked come first")
                .isLessThan(english.indexOf(row("CU", "unavailable")));
    }

    @Test
    void beforeSendingThePageShowsWhichFormEachChosenPartnerGetsAndWhy() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        BrowserSession session = signedIn();
        String path = "/enforcement/cases/" + id + "/share-preview?partners=HK&partners=LA&purpose=investigation&lang=en";

        var fragment = session.get(path, "HX-Request", "true");
        String page = session.get(path);

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("class=\"topbar\"", "<html")
                .containsPattern("id=\"share-preview-HK\">\\s*<td>[^<]*Hong Kong[^<]*</td>\\s*<td>Nominal data</td>")
                .containsPattern("id=\"share-preview-LA\">\\s*<td>[^<]*Lao[^<]*</td>\\s*<td>Non-nominal data</td>\\s*<td>Non-nominal form only");
        assertThat(page).contains("class=\"topbar\"", "id=\"share-preview-HK\"")
                .containsPattern(checkbox("HK") + " checked").containsPattern(checkbox("LA") + " checked")
                .doesNotContainPattern(checkbox("KH") + " checked");
    }

    @Test
    void aSeizureShareToLaosCitesTheAgreementOnInvestigationSupportNotTheSingleStopInspectionMou() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());

        JsonNode investigation = preview(id, "LA", "investigation").get(0);
        assertThat(investigation.get("form").asString()).isEqualTo("non-nominal");
        assertThat(investigation.get("agreements").toString())
                .contains("Arrangement between the Ministry of Finance of Viet Nam and Ministry of Finance of Laos: "
                        + "information exchange and investigation support")
                .as("the 2005 MoU is about cargo and inspection at Lao Bảo, not seizures")
                .doesNotContain("single-stop", "Memorandum of understanding");
        assertThat(investigation.get("why").asString()).contains("Ministry of Finance of Laos")
                .doesNotContain("single-stop");

        JsonNode facilitation = preview(id, "LA", "trade-facilitation").get(0);
        assertThat(facilitation.get("form").isNull()).as("no agreement with Lao PDR covers seizures for that purpose").isTrue();
        assertThat(facilitation.get("refusal").asString()).isEqualTo("purpose-not-permitted");
        assertThat(facilitation.get("why").asString()).contains("the agreement does not permit this purpose");
    }

    private JsonNode preview(long id, String partner, String purpose) {
        var answer = HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id + "/share-preview?partners="
                + partner + "&purpose=" + purpose + "&lang=en");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    @Test
    void thePreviewNamesTheAgreementsInThePagesLanguage() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        BrowserSession session = signedIn();
        String path = "/enforcement/cases/" + id + "/share-preview?partners=HK&partners=LA&purpose=investigation&lang=";

        String vietnamese = session.get(path + "vi", "HX-Request", "true").body();
        String english = session.get(path + "en", "HX-Request", "true").body();

        assertThat(vietnamese).containsPattern("id=\"share-preview-HK\">(?s:.*?)<td>Được chuyển dữ liệu cá nhân theo: "
                        + "Thỏa thuận hợp tác về hỗ trợ hành chính lẫn nhau trong các vấn đề hải quan")
                .containsPattern("id=\"share-preview-LA\">(?s:.*?)<td>Chỉ dạng dữ liệu không định danh")
                .doesNotContain("Arrangement on cooperation", "Memorandum of understanding", "Arrangement between");
        assertThat(english).containsPattern("id=\"share-preview-HK\">(?s:.*?)<td>Personal data may pass under: "
                + "Arrangement on cooperation and mutual administrative assistance in customs matters");
    }

    @Test
    void thePreviewTheFormAsksForKeepsTheCsrfTokenOutOfTheAddress() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        BrowserSession session = signedIn();
        String page = session.get("/enforcement/cases/" + id + "?lang=vi");
        String form = page.substring(page.indexOf("<form id=\"share-form\""));
        form = form.substring(0, form.indexOf("</form>"));
        String previewAddress = "/enforcement/cases/" + id + "/share-preview";
        Matcher token = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);

        assertThat(form).as("the form carries its token, so asking by GET would put it in the address")
                .containsPattern("name=\"_csrf\"")
                .contains("hx-post=\"" + previewAddress + "\"")
                .containsPattern("id=\"preview-share\" type=\"submit\" formaction=\"" + Pattern.quote(previewAddress)
                        + "\"\\s+formmethod=\"post\"")
                .doesNotContain("hx-get", "formmethod=\"get\"");
        assertThat(token.find()).isTrue();
        var asked = session.send("POST", previewAddress, Map.of("Content-Type", "application/x-www-form-urlencoded",
                "HX-Request", "true"), "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                        + "&partners=HK&purpose=investigation");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).doesNotContain("<html")
                .containsPattern("id=\"share-preview-HK\">(?s:.*?)<td>Được chuyển dữ liệu cá nhân theo: Thỏa thuận hợp tác");
        assertThat(session.send("POST", previewAddress, Map.of("Content-Type", "application/x-www-form-urlencoded",
                "HX-Request", "true"), "partners=HK&purpose=investigation").statusCode())
                .as("a preview asked without the token is refused like any other form").isEqualTo(403);
    }

    @Test
    void theChoiceStaysAfterARefusalAndAfterAShare() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        BrowserSession session = signedIn();
        session.get("/enforcement/cases/" + id + "?lang=en");

        var none = session.submit("/enforcement/cases/" + id + "/share", "purpose=verification");
        String refused = session.get("/enforcement/cases/" + id);
        var shared = session.submit("/enforcement/cases/" + id + "/share", "partners=HK&partners=LA&purpose=investigation");
        String after = session.get("/enforcement/cases/" + id);

        assertThat(none.statusCode()).isEqualTo(302);
        assertThat(refused).contains("Choose at least one partner to share the case with.")
                .containsPattern("value=\"verification\" selected");
        assertThat(shared.statusCode()).isEqualTo(302);
        assertThat(after).containsPattern(checkbox("HK") + " checked").containsPattern(checkbox("LA") + " checked")
                .containsPattern("id=\"share-outcomes\">\\s*<li>[^<]*Hong Kong[^<]*: Nominal data</li>");
    }

    @Test
    void handlingCaveatsAreTickedOnTheFormShownBeforeSendingSentWithTheCaseAndKeptInItsHistory() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        BrowserSession session = signedIn();

        assertThat(session.get("/enforcement/cases/" + id + "?lang=vi"))
                .containsPattern(caveat("no-onward-transmission")
                        + ">\\s*<span>Không chuyển tiếp khi chưa có sự đồng ý của bên cung cấp</span>")
                .containsPattern(caveat("intelligence-only") + ">\\s*<span>Chỉ dùng làm thông tin nghiệp vụ, không làm chứng cứ</span>")
                .as("none ticked unless chosen, as before").doesNotContainPattern(caveat("[a-z-]+") + " checked");
        assertThat(session.get("/enforcement/cases/" + id + "?lang=en"))
                .containsPattern(caveat("intelligence-only") + ">\\s*<span>Intelligence only, not evidence</span>");

        String preview = "/enforcement/cases/" + id + "/share-preview?partners=HK&purpose=investigation&lang=";
        assertThat(session.get(preview + "vi&caveats=no-onward-transmission&caveats=intelligence-only", "HX-Request", "true")
                .body()).contains("Gửi kèm các điều kiện xử lý:")
                .containsPattern("id=\"share-preview-caveat-intelligence-only\">Chỉ dùng làm thông tin nghiệp vụ, không làm chứng cứ<")
                .containsPattern("id=\"share-preview-caveat-no-onward-transmission\">Không chuyển tiếp");
        assertThat(session.get(preview + "en", "HX-Request", "true").body()).contains("Sent without handling caveats.");

        var shared = session.submit("/enforcement/cases/" + id + "/share",
                "partners=HK&purpose=investigation&caveats=no-onward-transmission&caveats=intelligence-only");
        assertThat(shared.statusCode()).isEqualTo(302);
        String after = session.get("/enforcement/cases/" + id + "?lang=en");

        assertThat(after).as("the choice stays for the next share").containsPattern(caveat("intelligence-only") + " checked")
                .containsPattern(caveat("no-onward-transmission") + " checked")
                .doesNotContainPattern(caveat("customs-use-only") + " checked")
                .containsPattern("id=\"share-HK-1\">(?s:.*?)<td class=\"share-caveats\"><span class=\"badge caveat\">"
                        + "Intelligence only, not evidence</span><span class=\"badge caveat\">No onward transmission");
        JsonNode sent = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id).body())
                .get("shares").get(0);
        assertThat(jdbc.sql("SELECT array_to_string(ARRAY(SELECT unnest(caveats) ORDER BY 1), ',') FROM exchange.outbound_message WHERE message_id = ?")
                .param(sent.get("messageId").asString()).query(String.class).single())
                .as("the caveats go with the message to the partner")
                .isEqualTo("intelligence-only,no-onward-transmission");
        assertThat(session.submit("/enforcement/cases/" + id + "/share", "partners=LA&purpose=investigation&caveats=burn-after-reading")
                .statusCode()).as("no caveat the hub does not know").isEqualTo(400);
    }

    private static String caveat(String code) {
        return "type=\"checkbox\" name=\"caveats\" value=\"" + code + "\" id=\"share-caveat-" + code + "\"";
    }

    private static String row(String code, String state) {
        return "<tr id=\"share-choice-" + code + "\" class=\"" + state + "\">";
    }

    /** The partner's row: its box, then its name beside it as the label that ticks it. */
    private static String named(String code, String name) {
        return checkbox(code) + "></td>\\s*<td><label for=\"share-partner-" + code + "\"><strong>" + name + "</strong>";
    }

    private static String checkbox(String code) {
        return Pattern.quote("type=\"checkbox\" name=\"partners\" value=\"" + code + "\" id=\"share-partner-" + code + "\"");
    }

    private BrowserSession signedIn() {
        BrowserSession session = new BrowserSession(port);
        session.logIn("investigator", "demo");
        return session;
    }
}
