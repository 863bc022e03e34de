package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The share form on a case's page, over real HTTP on the shared hub: partners are ticked by name in the
 * officer's language (no codes to type), the page shows before sending which form each chosen partner
 * gets and why, and the choice stays after a share or a refusal.
 */
@HubTest
class CaseShareFormTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Test
    void partnersAreChosenByNameInTheOfficersLanguageNotTyped() {
        long id = Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
        BrowserSession session = signedIn();

        String vietnamese = session.get("/enforcement/cases/" + id + "?lang=vi");
        String english = session.get("/enforcement/cases/" + id + "?lang=en");

        assertThat(vietnamese).containsPattern(checkbox("HK") + ">\\s*<strong>Hồng Kông \\(Trung Quốc\\)</strong>")
                .doesNotContain("name=\"partners\" placeholder", "value=\"VN\" id=\"share-partner-VN\"");
        assertThat(english).containsPattern(checkbox("HK") + ">\\s*<strong>Hong Kong \\(China\\)</strong>")
                .containsPattern(checkbox("LA") + ">\\s*<strong>Laos</strong>");
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

    private static String checkbox(String code) {
        return Pattern.quote("type=\"checkbox\" name=\"partners\" value=\"" + code + "\" id=\"share-partner-" + code + "\"");
    }

    private BrowserSession signedIn() {
        BrowserSession session = new BrowserSession(port);
        session.logIn("investigator", "demo");
        return session;
    }
}
