package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agreement list and an agreement's page name the parties in the page's language, their codes in the links. */
@HubTest
class AgreementPagesTest extends HubTest.Base {

    private static final String HONG_KONG_EN = "Customs and Excise Department, Hong Kong, China";
    private static final String HONG_KONG_VI = "Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc)";

    @LocalServerPort
    int port;

    @Test
    void theListNamesEachPartyInThePagesLanguage() {
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");

        assertThat(browser.get("/agreements?size=100&lang=en"))
                .contains("<a class=\"tag\" href=\"/partners/HK\" title=\"HK\">" + HONG_KONG_EN + "</a>")
                .doesNotContain("\">HK</a>");
        assertThat(browser.get("/agreements?size=100&lang=vi"))
                .contains("<a class=\"tag\" href=\"/partners/HK\" title=\"HK\">" + HONG_KONG_VI + "</a>")
                .doesNotContain("\">HK</a>");
        assertThat(browser.get("/agreements?size=100&lang=vi", "HX-Request", "true").body())
                .as("the rows htmx swaps in when paging").contains("title=\"HK\">" + HONG_KONG_VI + "</a>");
    }

    @Test
    void anAgreementsPageNamesItsPartiesInThePagesLanguage() {
        List<Integer> ids = JsonPath.read(HubClient.as(port, "viewer").get("/api/agreements?partner=HK").body(), "$[*].id");
        var browser = new BrowserSession(port);
        browser.logIn("viewer", "demo");
        String page = "/agreements/" + ids.getFirst();

        assertThat(browser.get(page + "?lang=en")).contains("id=\"agreement-parties\"><a class=\"tag\" href=\"/partners/HK\" title=\"HK\">"
                + HONG_KONG_EN + "</a>").doesNotContain("\">HK</a>");
        assertThat(browser.get(page + "?lang=vi")).contains("href=\"/partners/HK\" title=\"HK\">" + HONG_KONG_VI + "</a>")
                .doesNotContain("\">HK</a>");
    }
}
