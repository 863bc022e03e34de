package org.caunoi.hub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The request list pages as every API list does, over real HTTP on the shared hub: {@code page} and
 * {@code size} are obeyed, {@code X-Total-Count} and {@code Link rel="next"} say how much follows, and a
 * value out of range is a 400 naming it. It reads only last year's demo requests, which no test adds to.
 */
@HubTest
class AssistanceListPagingTest extends HubTest.Base {

    private static final String LAST_YEARS = "/api/assistance/requests?direction=in&year="
            + (TestHub.today().getYear() - 1);

    @LocalServerPort
    int port;

    @Test
    void theRequestListComesInPagesOfTheSizeAskedAndLinksTheNextPage() {
        HubClient admin = HubClient.as(port, "admin");
        var whole = admin.get(LAST_YEARS);
        long total = Long.parseLong(whole.headers().firstValue("X-Total-Count").orElseThrow());
        List<Integer> all = JsonPath.read(whole.body(), "$[*].id");

        var first = admin.get(LAST_YEARS + "&size=2");
        var second = admin.get(LAST_YEARS + "&size=2&page=1");
        var last = admin.get(LAST_YEARS + "&size=2&page=" + (total - 1) / 2);

        assertThat(total).as("without a size, the whole list up to 500 as before").isEqualTo(all.size())
                .isGreaterThan(4);
        assertThat(whole.headers().firstValue("Link")).isEmpty();
        assertThat(JsonPath.<List<Integer>>read(first.body(), "$[*].id")).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(JsonPath.<List<Integer>>read(second.body(), "$[*].id")).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(first.headers().firstValue("X-Total-Count")).contains(String.valueOf(total));
        assertThat(first.headers().firstValue("Link").orElseThrow())
                .contains("page=1", "size=2", "direction=in", "year=").endsWith("; rel=\"next\"");
        assertThat(last.headers().firstValue("Link")).isEmpty();
        assertThat(JsonPath.<List<Integer>>read(last.body(), "$[*].id")).isNotEmpty();
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedNamingTheParameter() {
        HubClient admin = HubClient.as(port, "admin");

        for (String wrong : List.of("size=0", "size=9999", "page=-3", "size=all")) {
            var refused = admin.get("/api/assistance/requests?" + wrong, "en");

            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
            assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[*].field")).as(wrong)
                    .containsExactly(wrong.substring(0, wrong.indexOf('=')));
        }
    }
}
