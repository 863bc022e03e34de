package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
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
        Map<String, Object> paths = JsonPath.read(response.body(), "$.paths");
        assertThat(paths).containsKeys("/api/legal-basis", "/api/partners", "/api/agreements", "/api/agreements/{id}");
        assertThat(JsonPath.<Map<String, Object>>read(response.body(), "$.components.securitySchemes"))
                .as("how a client signs in").containsKeys("basic", "token");
        assertThat(JsonPath.<List<String>>read(response.body(), "$.paths['/api/assistance/requests/{id}'].get.parameters[*].name"))
                .as("the signed-in officer is no parameter of the call").containsExactly("id");
        assertThat(JsonPath.<Map<String, Object>>read(response.body(),
                "$.paths['/api/assistance/requests/{id}/attachments'].post.requestBody.content")).containsOnlyKeys("multipart/form-data");
    }

    @Test
    void listsTheDemoPartners() {
        var response = HubClient.as(port, "viewer").get("/api/partners");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(codes(response.body())).contains("HK", "WCO");
        assertThat(JsonPath.<List<String>>read(response.body(), "$[?(@.code == 'HK')].nameEn"))
                .containsExactly("Customs and Excise Department, Hong Kong, China");
    }

    @Test
    void filtersPartnersByTextRegionAndAgreementKind() {
        var viewer = HubClient.as(port, "viewer");

        assertThat(codes(viewer.get("/api/partners?q=hong").body())).contains("HK").doesNotContain("KR");
        assertThat(codes(viewer.get("/api/partners?q=Lao").body())).as("accent-insensitive, either language").contains("LA");
        assertThat(codes(viewer.get("/api/partners?region=southeast-asia").body())).contains("LA", "KH").doesNotContain("RU");
        assertThat(codes(viewer.get("/api/partners?kind=statistics-exchange").body())).contains("RU", "UA").doesNotContain("HK");
    }

    @Test
    void findsTheHongKongArrangementOf28June2013() {
        var response = HubClient.as(port, "viewer").get("/api/agreements?partner=HK");

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> arrangement = JsonPath.read(response.body(), "$[?(@.signed == '2013-06-28')]");
        assertThat(arrangement).singleElement().satisfies(agreement -> {
            assertThat(agreement).containsEntry("signedPrecision", "day").containsEntry("kind", "administration-arrangement");
            assertThat(JsonPath.<List<String>>read(agreement, "$.exchangeProfile.dataCategories")).contains("enforcement-nominal");
        });
    }

    @Test
    void answersTheLegalBasisCheckWithTheAgreement() {
        var response = HubClient.as(port, "analyst")
                .get("/api/legal-basis?partner=HK&category=enforcement-nominal&purpose=investigation&date=2024-01-10", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        DocumentContext decision = JsonPath.parse(response.body());
        assertThat(decision.read("$.allowed", Boolean.class)).isTrue();
        assertThat(decision.read("$.answerDeadlineDays", Integer.class)).isEqualTo(60);
        assertThat(decision.read("$.agreements[*].signed", List.class)).containsExactly("2013-06-28");
        assertThat(decision.read("$.message", String.class)).contains("may be exchanged with Customs and Excise Department, Hong Kong, China for");
    }

    @Test
    void aPartnerCodeInLowerCaseFindsThePartnerItsAgreementsAndItsLegalBasis() {
        var viewer = HubClient.as(port, "viewer");

        var partner = viewer.get("/api/partners/hk");
        var agreements = viewer.get("/api/agreements?partner=hk");
        var decision = viewer.get("/api/legal-basis?partner=hk&category=enforcement-nominal&purpose=investigation&date=2024-01-10");

        assertThat(partner.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(partner.body(), "$.code")).isEqualTo("HK");
        assertThat(agreements.body()).isEqualTo(viewer.get("/api/agreements?partner=HK").body());
        assertThat(JsonPath.<List<String>>read(agreements.body(), "$[*].signed")).contains("2013-06-28");
        assertThat(JsonPath.<Boolean>read(decision.body(), "$.allowed")).isTrue();
        assertThat(JsonPath.<String>read(decision.body(), "$.partner")).isEqualTo("HK");
    }

    @Test
    void refusesStatisticsPurposeUnderACustomsAssistanceAgreementAndSaysWhyInVietnamese() {
        var response = HubClient.as(port, "analyst")
                .get("/api/legal-basis?partner=HK&category=enforcement-non-nominal&purpose=statistics", "vi");

        DocumentContext decision = JsonPath.parse(response.body());
        assertThat(decision.read("$.allowed", Boolean.class)).isFalse();
        assertThat(decision.read("$.reason", String.class)).isEqualTo("purpose-not-permitted");
        assertThat(decision.read("$.message", String.class)).contains("không cho phép sử dụng thông tin cho mục đích Thống kê");
    }

    @Test
    void refusesAPartnerWithoutAgreement() {
        var response = HubClient.as(port, "analyst")
                .get("/api/legal-basis?partner=ZZ&category=enforcement-non-nominal&purpose=investigation", "en");

        assertThat(JsonPath.<Boolean>read(response.body(), "$.allowed")).isFalse();
        assertThat(JsonPath.<String>read(response.body(), "$.reason")).isEqualTo("unknown-partner");
    }

    @Test
    void rejectsAnUnknownCategoryListingTheValidOnes() {
        var response = HubClient.as(port, "analyst").get("/api/legal-basis?partner=HK&category=gossip&purpose=investigation", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field")).containsExactly("category");
        assertThat(JsonPath.<String>read(response.body(), "$.errors[0].message")).contains("The category 'gossip' is not known", "enforcement-non-nominal");
    }

    @Test
    void aPartnersUnknownCodesAreRefusedNamingTheirJsonFields() {
        var liaison = HubClient.as(port, "liaison");

        var badKind = liaison.putJson("/api/partners/QA", """
                {"kind": "pirates", "isoCountry": "QA", "nameVi": "Hải quan Qatar", "nameEn": "Qatar Customs", "region": "middle-east"}""");
        var badRegion = liaison.putJson("/api/partners/QA", """
                {"kind": "customs-administration", "isoCountry": "QA", "nameVi": "Hải quan Qatar", "nameEn": "Qatar Customs",
                 "region": "mars"}""");
        var badCountry = liaison.putJson("/api/partners/QA", """
                {"kind": "customs-administration", "isoCountry": "QQ", "nameVi": "Hải quan Qatar", "nameEn": "Qatar Customs",
                 "region": "middle-east"}""");

        assertThat(JsonPath.<List<String>>read(badKind.body(), "$.errors[*].field")).containsExactly("kind");
        assertThat(JsonPath.<List<String>>read(badRegion.body(), "$.errors[*].field")).containsExactly("region");
        assertThat(badCountry.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(badCountry.body(), "$.errors[*].field")).containsExactly("isoCountry");
        assertThat(liaison.get("/api/partners/QA").statusCode()).isEqualTo(404);
    }

    @Test
    void aPartnerWithSeveralBadFieldsIsRefusedNamingThemAllAtOnce() {
        var liaison = HubClient.as(port, "liaison");

        var refused = liaison.putJson("/api/partners/QB?lang=en", """
                {"kind": "pirates", "isoCountry": "QQ", "nameVi": "", "nameEn": "Qatar Customs", "region": "mars"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("kind", "isoCountry", "nameVi", "region");
        assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[?(@.field == 'region')].message"))
                .singleElement().asString().contains("mars", "southeast-asia");
        assertThat(liaison.get("/api/partners/QB").statusCode()).isEqualTo(404);
    }

    @Test
    void createsAnAgreementAndTheLegalBasisFollowsIt() {
        var liaison = HubClient.as(port, "liaison");
        var created = liaison.putJson("/api/partners/TH", """
                {"kind": "customs-administration", "isoCountry": "TH", "nameVi": "Hải quan Thái Lan",
                 "nameEn": "Thai Customs", "region": "southeast-asia"}""");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(liaison.get("/api/legal-basis?partner=TH&category=certificate-of-origin&purpose=verification")
                .body(), "$.reason")).isEqualTo("no-agreement");

        var agreement = liaison.postJson("/api/agreements", """
                {"kind": "administration-arrangement", "titleVi": "Thỏa thuận hợp tác hải quan Việt Nam – Thái Lan",
                 "titleEn": "Viet Nam – Thailand customs cooperation arrangement", "signed": "2024-03-15",
                 "status": "in-force", "parties": ["TH"], "dataCategories": ["certificate-of-origin"],
                 "purposes": ["verification"], "answerDeadlineDays": 45}""");

        assertThat(agreement.statusCode()).isEqualTo(201);
        DocumentContext onTheDay = JsonPath.parse(
                liaison.get("/api/legal-basis?partner=TH&category=certificate-of-origin&purpose=verification&date=2024-03-15").body());
        assertThat(onTheDay.read("$.allowed", Boolean.class)).isTrue();
        assertThat(onTheDay.read("$.answerDeadlineDays", Integer.class)).isEqualTo(45);
        assertThat(JsonPath.<String>read(
                liaison.get("/api/legal-basis?partner=TH&category=certificate-of-origin&purpose=verification&date=2024-03-14").body(),
                "$.reason")).isEqualTo("not-yet-in-force");
    }

    @Test
    void rejectsAnAgreementWithBadCodesAndChangesNothing() {
        var liaison = HubClient.as(port, "liaison");
        String before = liaison.get("/api/agreements?partner=KR").body();

        var response = liaison.postJson("/api/agreements", """
                {"kind": "treaty-of-sorts", "titleVi": "X", "titleEn": "X", "signed": "2024-13-45",
                 "status": "in-force", "parties": ["KR"], "dataCategories": ["gossip"]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field")).contains("kind", "dataCategories", "signed");
        assertThat(liaison.get("/api/agreements?partner=KR").body()).isEqualTo(before);
    }

    @Test
    void anAgreementWithSeveralBadFieldsAndAnUnknownPartyIsRefusedNamingThemAllAtOnce() {
        var liaison = HubClient.as(port, "liaison");
        String before = liaison.get("/api/agreements").body();

        var refused = liaison.postJson("/api/agreements?lang=en", """
                {"kind": "administration-arrangement", "titleVi": "", "titleEn": "X", "signed": "someday",
                 "status": "dormant", "parties": ["XX"]}""");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("titleVi", "signed", "status", "parties");
        assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[?(@.field == 'parties')].message"))
                .containsExactly("There is no partner with code XX.");
        assertThat(liaison.get("/api/agreements").body()).isEqualTo(before);
    }

    @Test
    void refusesAnAgreementThatExpiresBeforeItWasSigned() {
        var liaison = HubClient.as(port, "liaison");
        String before = liaison.get("/api/agreements?partner=KR").body();

        var response = liaison.postJson("/api/agreements?lang=en", """
                {"kind": "mou", "titleVi": "Bản ghi nhớ thử", "titleEn": "Test MoU", "signed": "2013-06-28",
                 "expiresOn": "2000-01-01", "status": "in-force", "parties": ["KR"], "dataCategories": [], "purposes": []}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field")).containsExactly("expiresOn");
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].message"))
                .containsExactly("The expiry date cannot come before the signature.");
        assertThat(liaison.get("/api/agreements?partner=KR").body()).isEqualTo(before);
    }

    @Test
    void refusesAStaleUpdate() {
        var liaison = HubClient.as(port, "liaison");
        var created = liaison.postJson("/api/agreements", """
                {"kind": "mou", "titleVi": "Bản ghi nhớ thử", "titleEn": "Test MoU", "signed": "2022",
                 "status": "in-force", "parties": ["KR"], "dataCategories": [], "purposes": []}""");
        String location = created.headers().firstValue("Location").orElseThrow();
        String update = """
                {"kind": "mou", "titleVi": "Bản ghi nhớ thử", "titleEn": "Test MoU (edited)", "signed": "2022",
                 "status": "in-force", "parties": ["KR"], "version": 0}""";

        assertThat(liaison.putJson(location, update).statusCode()).isEqualTo(200);
        assertThat(liaison.putJson(location, update).statusCode()).as("second save with the old version").isEqualTo(409);
    }

    @Test
    void anUpdateOfAnAgreementThatDoesNotExistIsNotFoundRatherThanAConflict() {
        var liaison = HubClient.as(port, "liaison");

        var response = liaison.putJson("/api/agreements/999999?lang=en", """
                {"kind": "mou", "titleVi": "Bản ghi nhớ thử", "titleEn": "Test MoU", "signed": "2022",
                 "status": "in-force", "parties": ["KR"], "version": 0}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(JsonPath.<String>read(response.body(), "$.detail"))
                .isEqualTo(JsonPath.read(liaison.get("/api/agreements/999999?lang=en").body(), "$.detail"));
    }

    @Test
    void spellsAgreementKindsInTheLegalBasisCheckAsTheAgreementsListDoes() {
        var analyst = HubClient.as(port, "analyst");

        List<String> kindsInDecision = JsonPath.read(analyst.get(
                "/api/legal-basis?partner=HK&category=enforcement-nominal&purpose=investigation&date=2024-01-10").body(),
                "$.agreements[*].kind");
        List<String> kindsInList = JsonPath.read(analyst.get("/api/agreements?partner=HK").body(), "$[*].kind");

        assertThat(kindsInDecision).containsExactly("administration-arrangement");
        assertThat(kindsInList).containsAll(kindsInDecision);
    }

    @Test
    void whatGetGivesForAnAgreementCanBePutBackUnchanged() {
        var liaison = HubClient.as(port, "liaison");
        var created = liaison.postJson("/api/agreements", """
                {"kind": "administration-arrangement", "titleVi": "Thỏa thuận đọc và ghi lại", "titleEn": "Round-trip arrangement",
                 "counterpart": "Korea Customs Service", "signed": "2019-05-20", "entryIntoForce": "2019-06-01",
                 "expiresOn": "2029-06-01", "status": "in-force", "parties": ["KR"], "note": "kept as read",
                 "exchangeProfile": {"dataCategories": ["enforcement-nominal", "cargo-information"], "personalDataAllowed": true,
                   "purposes": ["investigation", "risk-assessment"], "onwardTransmissionNeedsConsent": false,
                   "answerDeadlineDays": 30}}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String first = liaison.get(location).body();

        var put = liaison.putJson(location, first);

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        DocumentContext before = JsonPath.parse(first);
        DocumentContext after = JsonPath.parse(liaison.get(location).body());
        assertThat(after.read("$.version", Integer.class)).isEqualTo(before.read("$.version", Integer.class) + 1);
        assertThat(after.delete("$.version").jsonString()).isEqualTo(before.delete("$.version").jsonString());
        assertThat(before.read("$.exchangeProfile.dataCategories", List.class)).as("the profile came through")
                .containsExactlyInAnyOrder("enforcement-nominal", "cargo-information");
    }

    private static List<String> codes(String partners) {
        return JsonPath.read(partners, "$[*].code");
    }
}
