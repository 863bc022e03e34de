package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An exchange profile the demo data derived from an agreement's kind is shown as a demo value until an officer saves it. */
@HubTest
class DemoProfileTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Autowired
    PartnerCatalog catalog;

    @Test
    void aDerivedProfileIsMarkedUntilAnOfficerSavesTheAgreement() {
        List<Integer> ids = JsonPath.read(HubClient.as(port, "viewer").get("/api/agreements?partner=NZ").body(), "$[*].id");
        long id = ids.getFirst();
        var liaison = new BrowserSession(port);
        liaison.logIn("liaison", "demo");

        assertThat(liaison.get("/agreements/" + id + "?lang=en")).contains("id=\"demo-profile\"", "Demo values");

        catalog.updateAgreement(catalog.agreement(id).orElseThrow());

        assertThat(liaison.get("/agreements/" + id)).doesNotContain("id=\"demo-profile\"");
    }
}
