package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An agreement's days are written as the officer reads them: day/month/year in Vietnamese, ISO in English and in the API. */
@HubTest
class AgreementDatesOnScreenTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Test
    void theSigningDayIsDayFirstOnScreensInBothLanguagesAndIsoInTheApi() {
        String agreements = HubClient.as(port, "viewer").get("/api/agreements?partner=HK").body();
        List<Integer> ids = JsonPath.read(agreements, "$[?(@.signed == '2013-06-28')].id");
        long id = ids.getFirst();
        var liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");

        assertThat(liaison.get("/agreements/" + id + "?lang=vi")).contains("id=\"signed-on\">28/06/2013<").doesNotContain("2013-06-28");
        assertThat(liaison.get("/partners/HK?lang=vi")).contains(">28/06/2013<").doesNotContain(">2013-06-28<");
        assertThat(liaison.get("/agreements/" + id + "?lang=en")).contains("id=\"signed-on\">28/06/2013<");
        assertThat(liaison.get("/legal-basis?partner=HK&category=enforcement-non-nominal&purpose=investigation&date=2026-12-14&lang=vi"))
                .contains("(28/06/2013)").doesNotContain("(2013-06-28)");
    }
}
