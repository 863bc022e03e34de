package org.caunoi.hub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list screens page as the API does, over real HTTP on the shared hub: two pages hold different
 * rows and together the whole list, the pager says where the page stands in both languages, and its
 * links keep the list's filters and language.
 */
@HubTest
class ListPagingTest extends HubTest.Base {

    private static final Pattern PARTNER_ROW = Pattern.compile("id=\"partner-([A-Z0-9]+)\"");
    private static final Pattern AGREEMENT_ROW = Pattern.compile("href=\"/agreements/(\\d+)\"");
    private static final Pattern MESSAGE_ROW = Pattern.compile("data-message-id=\"([^\"]+)\"");
    private static final Pattern OPERATION_ROW = Pattern.compile("<tr id=\"operation-(\\d+)\"");
    private static final Pattern OFFICER_ROW = Pattern.compile("<tr id=\"officer-([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void twoPagesOfPartnersHoldDifferentPartnersAndTogetherAllOfThem() throws Exception {
        BrowserSession session = signedIn("liaison");
        int all = JsonMapper.builder().build().readTree(HubClient.as(port, "viewer").get("/api/partners").body()).size();
        int half = all / 2 + 1;

        List<String> first = rows(session.get("/partners?size=" + half), PARTNER_ROW);
        List<String> second = rows(session.get("/partners?size=" + half + "&page=1"), PARTNER_ROW);

        assertThat(first).hasSize(half);
        assertThat(second).hasSize(all - half).doesNotContainAnyElementsOf(first);
        assertThat(union(first, second)).hasSize(all);
    }

    @Test
    void twoPagesOfAgreementsHoldDifferentAgreementsAndTogetherAllOfThem() {
        BrowserSession session = signedIn("viewer");
        String page = session.get("/agreements?size=20&lang=en");
        long all = Long.parseLong(showing(page).group(3));

        List<String> pages = new ArrayList<>();
        for (int n = 0; n * 20 < all; n++) {
            List<String> rows = rows(session.get("/agreements?size=20&page=" + n), AGREEMENT_ROW);
            assertThat(rows).isNotEmpty();
            assertThat(Collections.disjoint(rows, pages)).as("page " + n + " repeats no agreement").isTrue();
            pages.addAll(rows);
        }

        assertThat(pages).hasSize((int) all);
    }

    @Test
    void twoPagesOfMessagesHoldDifferentMessagesAndTogetherTheListTheApiGives() {
        HubClient liaison = HubClient.as(port, "liaison");
        for (int i = 0; i < 4; i++) {
            ping(liaison);
        }
        BrowserSession session = signedIn("liaison");

        List<String> first = rows(session.get("/exchange/messages?type=exchange/Ping&size=2"), MESSAGE_ROW);
        List<String> second = rows(session.get("/exchange/messages?type=exchange/Ping&size=2&page=1"), MESSAGE_ROW);
        List<String> fromApi = rows(liaison.get("/api/exchange/messages?type=exchange/Ping&size=4").body(),
                Pattern.compile("\"messageId\":\"([^\"]+)\""));

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
        assertThat(union(first, second)).containsExactlyElementsOf(fromApi);
    }

    @Test
    void pagesOfOperationsHoldDifferentOperationsAndTogetherTheListTheApiGivesNewestFirst() {
        HubClient investigator = HubClient.as(port, "investigator");
        for (int i = 0; i < 3; i++) {
            String code = "PAGED-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            assertThat(investigator.postJson("/api/enforcement/operations", "{\"name\": \"Paged " + code + "\", \"code\": \""
                    + code + "\", \"categories\": [\"drugs\"], \"partners\": [\"HK\"]}").statusCode()).isEqualTo(201);
        }
        List<String> fromApi = StreamSupport.stream(JsonMapper.builder().build().readTree(HubClient.as(port, "viewer")
                .get("/api/enforcement/operations").body()).spliterator(), false)
                .map(operation -> String.valueOf(operation.get("id").asLong())).toList();
        BrowserSession session = signedIn("viewer");

        List<String> paged = allPages(session, "/enforcement/operations?size=2", OPERATION_ROW, fromApi.size());

        assertThat(rows(session.get("/enforcement/operations?size=2"), OPERATION_ROW)).hasSize(2);
        assertThat(paged).containsExactlyElementsOf(fromApi);
    }

    @Test
    void pagesOfOfficersHoldDifferentOfficersAndTogetherEveryAccount() {
        List<String> fromApi = StreamSupport.stream(JsonMapper.builder().build().readTree(HubClient.as(port, "admin")
                .get("/api/officers").body()).spliterator(), false).map(officer -> officer.get("username").asString()).toList();
        BrowserSession session = signedIn("admin");

        List<String> paged = allPages(session, "/admin/officers?size=3", OFFICER_ROW, fromApi.size());

        assertThat(rows(session.get("/admin/officers?size=3"), OFFICER_ROW)).hasSize(3);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(fromApi);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/enforcement/operations?size=1&page=1, viewer, operations", "/admin/officers?size=1&page=1, admin, officers"})
    void htmxGetsTheListAloneWhenItTurnsAPage(String list, String user, String id) {
        var fragment = signedIn(user).get(list, "HX-Request", "true");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains("<div class=\"paged\" id=\"" + id + "\"").doesNotContain("id=\"menu\"");
    }

    @ParameterizedTest(name = "{0}: the pager keeps {1}")
    @CsvSource({
            "/partners?q=an&size=2&lang=en, q=an",
            "/exchange/messages?direction=out&type=exchange/Ping&size=1&lang=en, type=exchange/Ping",
            "/assistance/requests?direction=in&size=2&lang=en, direction=in",
            "/admin/audit?actor=admin&size=1&lang=en, actor=admin",
            "/enforcement/operations?size=1&lang=en, size=1",
            "/admin/officers?size=1&lang=en, size=1"})
    void thePagersNextLinkKeepsTheFiltersTheSizeAndTheLanguage(String list, String filter) {
        BrowserSession session = signedIn("admin");
        if (list.startsWith("/exchange")) {
            ping(HubClient.as(port, "liaison"));
            ping(HubClient.as(port, "liaison"));
        }

        String page = session.get(list);
        Matcher next = Pattern.compile("class=\"pager-next\" href=\"([^\"]+)\"").matcher(page);

        assertThat(next.find()).as("a next link on " + list).isTrue();
        String link = next.group(1).replace("&amp;", "&");
        assertThat(link).contains(filter, "page=1", "lang=en", "size=");
        assertThat(session.get(link)).contains("class=\"pager-previous\"");
    }

    @Test
    void thePagerSaysWhereThePageStandsInTheOfficersLanguage() {
        BrowserSession session = signedIn("liaison");

        Matcher english = showing(session.get("/agreements?size=10&page=1&lang=en"));
        String vietnamese = session.get("/agreements?size=10&page=1&lang=vi");

        assertThat(english.group(1)).isEqualTo("11");
        assertThat(english.group(2)).isEqualTo("20");
        assertThat(vietnamese).contains("Hiển thị 11–20 trên tổng số " + english.group(3));
    }

    @Test
    void aPageOutOfRangeIsRefusedNamingTheParameterInTheOfficersLanguage() {
        BrowserSession session = signedIn("liaison");

        var refused = session.get("/partners?page=-1&lang=en", "Accept", "text/html");
        var tooBig = session.get("/exchange/messages?size=100000&lang=vi", "Accept", "text/html");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("page");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("size");
    }

    private static void ping(HubClient liaison) {
        assertThat(liaison.post("/api/exchange/ping?partner=HK", "application/json", new byte[0]).statusCode())
                .isBetween(200, 202);
    }

    /** The rows of every page of the list, in order, each page asked for by its address; {@code total} rows are expected. */
    private static List<String> allPages(BrowserSession session, String list, Pattern row, int total) {
        List<String> all = new ArrayList<>();
        for (int n = 0; all.size() < total; n++) {
            List<String> rows = rows(session.get(list + "&page=" + n), row);
            assertThat(rows).as("page " + n + " of " + list).isNotEmpty();
            assertThat(Collections.disjoint(rows, all)).as("page " + n + " repeats no row").isTrue();
            all.addAll(rows);
        }
        return all;
    }

    private static Matcher showing(String page) {
        Matcher matcher = Pattern.compile("Showing (\\d+)–(\\d+) of ([\\d,]+)").matcher(page);
        assertThat(matcher.find()).as("the pager's count").isTrue();
        return matcher;
    }

    private static List<String> rows(String html, Pattern row) {
        return new ArrayList<>(new LinkedHashSet<>(row.matcher(html).results().map(match -> match.group(1)).toList()));
    }

    private static Set<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }

    private BrowserSession signedIn(String user) {
        BrowserSession session = new BrowserSession(port);
        session.logIn(user, "demo");
        return session;
    }
}
