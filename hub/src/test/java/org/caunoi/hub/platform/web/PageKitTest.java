package org.caunoi.hub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every module's screens get from the platform, over real HTTP on the real hub: one endpoint
 * answering htmx with its fragment and a browser with the whole page, the menu made of the modules'
 * entries filtered by role, times in the officers' zone, and the officer asking.
 */
@HubTest
class PageKitTest extends HubTest.Base {

    static final String SHELL = "class=\"topbar\"";
    static final Pattern SCREEN_TIME = Pattern.compile("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d UTC\\+07:00<");

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} as {1}: fragment {2} for htmx, the page otherwise")
    @CsvSource({
            "/partners?q=Hong, liaison, id=\"partner-rows\"",
            "/exchange/messages, liaison, id=\"message-rows\"",
            "/exchange/dead-letters, liaison, id=\"dead-letter-rows\"",
            "/agreements, liaison, id=\"agreement-rows\"",
            "/legal-basis?partner=HK&category=enforcement-nominal&purpose=investigation, liaison, id=\"decision\"",
            "/admin/audit, admin, id=\"audit-rows\"",
            "/enforcement/cases?q=Nguyen, investigator, id=\"case-rows\"",
            "/enforcement/received?state=active, investigator, id=\"received-rows\"",
            "/enforcement/cases/1/share-preview?partners=HK&purpose=investigation, investigator, id=\"share-preview-HK\"",
            "/assistance/requests?direction=in, liaison, id=\"request-rows\""})
    void htmxGetsTheFragmentWithoutTheLayoutAndABrowserTheWholePage(String path, String user, String fragmentMark) {
        BrowserSession session = signedIn(user);

        HttpResponse<String> fragment = session.get(path, "HX-Request", "true");
        HttpResponse<String> page = session.get(path, "Accept", "text/html");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains(fragmentMark).doesNotContain(SHELL, "<html", "<footer");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(fragmentMark, SHELL, "<footer");
        // One URL, two shapes: caches (the browser's back button too) must tell them apart.
        assertThat(fragment.headers().allValues("Vary")).anyMatch(vary -> vary.contains("HX-Request"));
    }

    @Test
    void htmxRestoringItsHistoryGetsTheWholePage() {
        HttpResponse<String> restored = signedIn("liaison")
                .get("/partners", "HX-Request", "true", "HX-History-Restore-Request", "true");

        assertThat(restored.body()).contains(SHELL, "id=\"partner-rows\"");
    }

    @Test
    void theMenuListsTheEntriesOfEveryModuleInOrder() {
        String page = signedIn("liaison").get("/partners");

        assertThat(menuLinks(page)).containsExactly("/", "/partners", "/agreements", "/legal-basis", "/exchange/messages",
                "/enforcement/cases", "/enforcement/received", "/enforcement/operations", "/assistance/requests", "/assistance/figures", "/account/tokens");
        assertThat(page).contains("data-module=\"partners\"", "data-module=\"exchange\"", "data-module=\"enforcement\"",
                "data-module=\"assistance\"");
    }

    @Test
    void aModuleWithSeveralEntriesIsOneNamedGroupAndTheHomePageAndALoneEntryStandAlone() {
        String nav = menu(signedIn("liaison").get("/partners"));

        assertThat(Pattern.compile("class=\"menu-head\"[^>]*>([^<]*)<").matcher(nav).results().map(match -> match.group(1)))
                .containsExactly("Đối tác", "Thực thi", "Hỗ trợ hành chính");
        assertThat(nav).as("the home page and a module's only entry are plain links, outside any group")
                .containsPattern("<nav[^>]*>\\s*<a href=\"/\"")
                .doesNotContain("data-module=\"exchange\" class=\"menu-group\"", "class=\"menu-group\" data-module=\"exchange\"");
        String everything = menu(signedIn("admin").get("/partners"));
        assertThat(everything).as("an administrator's three platform screens, one group")
                .contains("class=\"menu-group\" data-module=\"platform\"")
                .as("every group named in the bundles").doesNotContain("??");
    }

    @Test
    void anEntryForSomeRolesIsShownToThemAlone() {
        assertThat(menuLinks(signedIn("admin").get("/partners"))).contains("/admin/audit");
        assertThat(menuLinks(signedIn("supervisor").get("/partners"))).contains("/admin/audit");
        assertThat(menuLinks(signedIn("liaison").get("/partners"))).doesNotContain("/admin/audit");
        assertThat(menuLinks(signedIn("viewer").get("/partners"))).doesNotContain("/admin/audit");
        assertThat(menuLinks(signedIn("investigator").get("/partners"))).contains("/enforcement/merge");
        assertThat(menuLinks(signedIn("analyst").get("/partners"))).doesNotContain("/enforcement/merge");
        assertThat(menuLinks(signedIn("admin").get("/partners"))).as("need-to-know").doesNotContain("/enforcement/merge");
    }

    @Test
    void theLoginPageShowsNoMenu() {
        assertThat(new BrowserSession(port).get("/login")).contains(SHELL).doesNotContain("id=\"menu\"");
    }

    @Test
    void screensShowTimesInTheOfficersZoneToTheSecond() {
        String audit = signedIn("admin").get("/admin/audit");

        assertThat(SCREEN_TIME.matcher(audit).find()).as("a time like 06/12/2026 16:05:31 UTC+07:00 in\n" + audit).isTrue();
        assertThat(audit).doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d");
    }

    @Test
    void textsAndEnumNamesAreInTheLanguageTheOfficerJustChose() {
        BrowserSession session = signedIn("liaison");

        assertThat(session.get("/partners/HK?lang=en")).contains("East Asia", "Customs administration");
        assertThat(session.get("/partners/HK?lang=vi")).doesNotContain("East Asia", "Customs administration");
        assertThat(session.get("/partners/HK")).doesNotContain("East Asia");
        assertThat(session.get("/exchange/messages?lang=en")).contains("Exchange messages", "Direction");
        // A fragment htmx loads afterwards keeps the language (from the cookie), every module's bundle alike.
        assertThat(session.get("/exchange/partners/HK/connection")).contains("Certificate reference");
    }

    @Test
    void theLanguageLinksKeepThePageAndItsFilters() {
        BrowserSession session = signedIn("liaison");

        String page = session.get("/assistance/requests?direction=in&partner=HK&lang=en");

        assertThat(page).contains("id=\"lang-vi\" href=\"/assistance/requests?direction=in&amp;partner=HK&amp;lang=vi\"");
        assertThat(session.get("/partners?q=Hong%20Kong")).contains("href=\"/partners?q=Hong%20Kong&amp;lang=en\"");
    }

    @Test
    void controllersAreGivenTheOfficerWithUnitAndRoles() {
        HttpResponse<String> answer = HubClient.as(port, "investigator").get(OfficerEchoController.PATH);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("investigator DTCBL [INVESTIGATOR]");
    }

    private BrowserSession signedIn(String user) {
        BrowserSession session = new BrowserSession(port);
        session.logIn(user, "demo");
        return session;
    }

    private static List<String> menuLinks(String page) {
        return Pattern.compile("href=\"([^\"]*)\"").matcher(menu(page)).results().map(match -> match.group(1)).toList();
    }

    /** The menu's markup, from its {@code <nav>} to its end; empty when the page has none. */
    private static String menu(String page) {
        int start = page.indexOf("id=\"menu\"");
        return start < 0 ? "" : page.substring(page.lastIndexOf("<nav", start), page.indexOf("</nav>", start));
    }
}
