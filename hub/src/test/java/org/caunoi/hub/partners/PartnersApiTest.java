package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The partners API over real HTTP on the demo data: what machine clients and later modules rely on. */
@HubTest
class PartnersApiTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Test
    void documentsTheApiWithOpenApi() {
        var response = HubClient.as(port, "viewer").get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"/api/legal-basis\"", "\"/api/partners\"", "\"/api/agreements\"");
    }

    @Test
    void listsTheDemoPartners() {
        var response = HubClient.as(port, "viewer").get("/api/partners");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"code\":\"HK\"", "\"code\":\"WCO\"", "Customs and Excise Department, Hong Kong, China");
    }

    @Test
    void filtersPartnersByTextRegionAndAgreementKind() {
        var viewer = HubClient.as(port, "viewer");

        assertThat(viewer.get("/api/partners?q=hong").body()).contains("\"code\":\"HK\"").doesNotContain("\"code\":\"KR\"");
        assertThat(viewer.get("/api/partners?q=Lao").body()).as("accent-insensitive, either language").contains("\"code\":\"LA\"");
        assertThat(viewer.get("/api/partners?region=southeast-asia").body())
                .contains("\"code\":\"LA\"", "\"code\":\"KH\"").doesNotContain("\"code\":\"RU\"");
        assertThat(viewer.get("/api/partners?kind=statistics-exchange").body())
                .contains("\"code\":\"RU\"", "\"code\":\"UA\"").doesNotContain("\"code\":\"HK\"");
    }

    @Test
    void findsTheHongKongArrangementOf28June2013() {
        var response = HubClient.as(port, "viewer").get("/api/agreements?partner=HK");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"signed\":\"2013-06-28\"", "\"signedPrecision\":\"day\"",
                "\"kind\":\"administration-arrangement\"", "\"enforcement-nominal\"");
    }

    @Test
    void answersTheLegalBasisCheckWithTheAgreement() {
        var response = HubClient.as(port, "analyst")
                .get("/api/legal-basis?partner=HK&category=enforcement-nominal&purpose=investigation&date=2024-01-10", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"allowed\":true", "\"signed\":\"2013-06-28\"", "\"answerDeadlineDays\":60",
                "may be exchanged with HK");
    }

    @Test
    void refusesStatisticsPurposeUnderACustomsAssistanceAgreementAndSaysWhyInVietnamese() {
        var response = HubClient.as(port, "analyst")
                .get("/api/legal-basis?partner=HK&category=enforcement-non-nominal&purpose=statistics", "vi");

        assertThat(response.body()).contains("\"allowed\":false", "\"reason\":\"purpose-not-permitted\"",
                "không cho phép sử dụng thông tin cho mục đích Thống kê");
    }

    @Test
    void refusesAPartnerWithoutAgreement() {
        var response = HubClient.as(port, "analyst")
                .get("/api/legal-basis?partner=ZZ&category=enforcement-non-nominal&purpose=investigation", "en");

        assertThat(response.body()).contains("\"allowed\":false", "\"reason\":\"unknown-partner\"");
    }

    @Test
    void rejectsAnUnknownCategoryListingTheValidOnes() {
        var response = HubClient.as(port, "analyst").get("/api/legal-basis?partner=HK&category=gossip&purpose=investigation", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Invalid value: gossip", "\"field\":\"category\"", "enforcement-non-nominal");
    }

    @Test
    void createsAnAgreementAndTheLegalBasisFollowsIt() {
        var liaison = HubClient.as(port, "liaison");
        var created = liaison.putJson("/api/partners/TH", """
                {"kind": "customs-administration", "isoCountry": "TH", "nameVi": "Hải quan Thái Lan",
                 "nameEn": "Thai Customs", "region": "southeast-asia"}""");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(liaison.get("/api/legal-basis?partner=TH&category=certificate-of-origin&purpose=verification").body())
                .contains("\"reason\":\"no-agreement\"");

        var agreement = liaison.postJson("/api/agreements", """
                {"kind": "administration-arrangement", "titleVi": "Thỏa thuận hợp tác hải quan Việt Nam – Thái Lan",
                 "titleEn": "Viet Nam – Thailand customs cooperation arrangement", "signedOn": "2024-03-15",
                 "status": "in-force", "parties": ["TH"], "dataCategories": ["certificate-of-origin"],
                 "purposes": ["verification"], "answerDeadlineDays": 45}""");

        assertThat(agreement.statusCode()).isEqualTo(201);
        assertThat(liaison.get("/api/legal-basis?partner=TH&category=certificate-of-origin&purpose=verification&date=2024-03-15").body())
                .contains("\"allowed\":true", "\"answerDeadlineDays\":45");
        assertThat(liaison.get("/api/legal-basis?partner=TH&category=certificate-of-origin&purpose=verification&date=2024-03-14").body())
                .contains("\"reason\":\"not-yet-in-force\"");
    }

    @Test
    void rejectsAnAgreementWithBadCodesAndChangesNothing() {
        var liaison = HubClient.as(port, "liaison");
        String before = liaison.get("/api/agreements?partner=KR").body();

        var response = liaison.postJson("/api/agreements", """
                {"kind": "treaty-of-sorts", "titleVi": "X", "titleEn": "X", "signedOn": "2024-13-45",
                 "status": "in-force", "parties": ["KR"], "dataCategories": ["gossip"]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("kind", "dataCategories");
        assertThat(liaison.get("/api/agreements?partner=KR").body()).isEqualTo(before);
    }

    @Test
    void refusesAStaleUpdate() {
        var liaison = HubClient.as(port, "liaison");
        var created = liaison.postJson("/api/agreements", """
                {"kind": "mou", "titleVi": "Bản ghi nhớ thử", "titleEn": "Test MoU", "signedOn": "2022",
                 "status": "in-force", "parties": ["KR"], "dataCategories": [], "purposes": []}""");
        String location = created.headers().firstValue("Location").orElseThrow();
        String update = """
                {"kind": "mou", "titleVi": "Bản ghi nhớ thử", "titleEn": "Test MoU (edited)", "signedOn": "2022",
                 "status": "in-force", "parties": ["KR"], "version": 0}""";

        assertThat(liaison.putJson(location, update).statusCode()).isEqualTo(200);
        assertThat(liaison.putJson(location, update).statusCode()).as("second save with the old version").isEqualTo(409);
    }
}
