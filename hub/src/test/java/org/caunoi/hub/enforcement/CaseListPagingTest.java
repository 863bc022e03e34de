package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case list screen pages on the shared table fragment, over real HTTP on the shared hub: a second page
 * holds the next cases in the API's order, the pager says where the page stands in both languages and keeps
 * the filter, and a page out of range is refused naming the parameter as on the other lists.
 */
@HubTest
class CaseListPagingTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CASE_ROW = Pattern.compile("id=\"case-([A-Z]{2}-\\d{4}-\\d{6})\"");

    @LocalServerPort
    int port;

    @Test
    void aSecondPageOfCasesHoldsTheNextCasesOfTheCategoryInTheApisOrder() {
        for (int i = 0; i < 3; i++) {
            Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("category", "weapons").without("hsCode"));
        }
        List<String> all = new ArrayList<>();
        JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases?category=weapons").body())
                .forEach(listed -> all.add(listed.get("reference").asString()));
        BrowserSession session = signedIn();

        String first = session.get("/enforcement/cases?category=weapons&size=2&lang=en");
        String second = session.get("/enforcement/cases?category=weapons&size=2&page=1&lang=en");
        String secondInVietnamese = session.get("/enforcement/cases?category=weapons&size=2&page=1&lang=vi");

        int secondEnd = Math.min(4, all.size());
        assertThat(rows(first)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(rows(second)).containsExactlyElementsOf(all.subList(2, secondEnd));
        assertThat(first).contains("Showing 1–2 of " + all.size());
        assertThat(secondInVietnamese).contains("Hiển thị 3–" + secondEnd + " trên tổng số " + all.size());
        Matcher next = Pattern.compile("class=\"pager-next\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        assertThat(next.group(1).replace("&amp;", "&")).contains("category=weapons", "page=1", "size=2", "lang=en");
    }

    @Test
    void aPageOutOfRangeIsRefusedNamingTheParameterAndAPagePastTheEndIsEmpty() {
        BrowserSession session = signedIn();

        var negative = session.get("/enforcement/cases?page=-1&lang=en", "Accept", "text/html");
        var tooBig = session.get("/enforcement/received?size=100000&lang=en", "Accept", "text/html");
        String pastTheEnd = session.get("/enforcement/cases?category=weapons&page=1000000&lang=en");

        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("page");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("size");
        assertThat(rows(pastTheEnd)).isEmpty();
        assertThat(pastTheEnd).contains("No case yet.").doesNotContain("class=\"pager-next\"");
    }

    @Test
    void theApiPagesTheListSaysHowManyMatchAndLinksTheNextPage() {
        for (int i = 0; i < 3; i++) {
            Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong().with("category", "currency").without("hsCode"));
        }
        HubClient api = HubClient.as(port, "investigator");
        var whole = api.get("/api/enforcement/cases?category=currency&size=500");
        long total = Long.parseLong(whole.headers().firstValue("X-Total-Count").orElseThrow());
        List<String> all = references(whole.body());

        var first = api.get("/api/enforcement/cases?category=currency&size=2");
        var second = api.get("/api/enforcement/cases?category=currency&size=2&page=1");

        assertThat(total).isEqualTo(all.size()).isGreaterThanOrEqualTo(3);
        assertThat(whole.headers().firstValue("Link")).isEmpty();
        assertThat(references(first.body())).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(references(second.body())).containsExactlyElementsOf(all.subList(2, Math.min(4, all.size())));
        assertThat(first.headers().firstValue("X-Total-Count")).contains(String.valueOf(total));
        assertThat(first.headers().firstValue("Link").orElseThrow())
                .contains("page=1", "size=2", "category=currency").endsWith("; rel=\"next\"");
    }

    @Test
    void theApiRefusesAPageOrSizeOutOfRangeNamingTheField() {
        HubClient api = HubClient.as(port, "investigator");

        var tooBig = api.get("/api/enforcement/cases?size=501", "en");
        var zero = api.get("/api/enforcement/cases?size=0", "en");
        var negative = api.get("/api/enforcement/cases?page=-1", "en");

        for (var refused : List.of(tooBig, zero, negative)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
        }
        assertThat(JSON.readTree(tooBig.body()).get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(JSON.readTree(zero.body()).get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(JSON.readTree(negative.body()).get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    private static List<String> references(String json) {
        List<String> references = new ArrayList<>();
        JSON.readTree(json).forEach(listed -> references.add(listed.get("reference").asString()));
        return references;
    }

    private static List<String> rows(String html) {
        return CASE_ROW.matcher(html).results().map(match -> match.group(1)).toList();
    }

    private BrowserSession signedIn() {
        BrowserSession session = new BrowserSession(port);
        session.logIn("investigator", "demo");
        return session;
    }
}
