package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The exchange's API as a machine client meets it: paging the message list, a partner's hub connection. */
@HubTest
class ExchangeApiTest extends HubTest.Base {

    @LocalServerPort
    int port;

    @Test
    void everyMessageTypesPayloadSchemaIsPublishedWithoutAnAccount() {
        var anyone = HubClient.anonymous(port);

        var list = anyone.get("/schemas");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(list.body(), "$[*].type")).contains("exchange/Ping", "enforcement/CaseReport",
                "enforcement/OperationAlert", "assistance/Request", "assistance/Answer", "assistance/Reminder");
        for (String address : JsonPath.<List<String>>read(list.body(), "$[*].schema")) {
            var schema = anyone.get(address);
            assertThat(schema.statusCode()).as(address).isEqualTo(200);
            assertThat(schema.body()).as(address).containsAnyOf("\"$schema\"", "<xs:schema");
        }
        assertThat(anyone.get("/schemas/platform/user-account-1.schema.json").statusCode()).isEqualTo(404);
        assertThat(anyone.get("/schemas/exchange/..%2F..%2Fapplication.yml").statusCode()).isIn(400, 404);
    }

    @Test
    void aMissingConnectionOrMessageIsAProblemThatSaysWhich() {
        var liaison = HubClient.as(port, "liaison");

        var noConnection = liaison.get("/api/partners/CN/connection", "en");
        var noPartner = liaison.get("/api/partners/XX/connection", "en");
        var noMessage = liaison.postJson("/api/exchange/messages/nope@x/resend?lang=en", "");

        assertThat(noConnection.statusCode()).isEqualTo(404);
        assertThat(JsonPath.<String>read(noConnection.body(), "$.detail")).startsWith("No hub connection is recorded for CN yet");
        assertThat(noPartner.statusCode()).isEqualTo(404);
        assertThat(JsonPath.<String>read(noPartner.body(), "$.detail")).isEqualTo("There is no partner XX.");
        assertThat(noMessage.statusCode()).isEqualTo(404);
        assertThat(JsonPath.<String>read(noMessage.body(), "$.detail")).isEqualTo("This hub sent no message with the id nope@x.");
    }

    @Test
    void aPingToAPartnerTheRegistryLacksIsABadParameterNotARefusalAndACodeInLowerCaseIsFound() {
        var liaison = HubClient.as(port, "liaison");

        var unknown = liaison.post("/api/exchange/ping?partner=ZZ&lang=en", "application/json", new byte[0]);
        var lowerCase = liaison.post("/api/exchange/ping?partner=hk", "application/json", new byte[0]);

        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(JsonPath.<List<String>>read(unknown.body(), "$.errors[*].field")).containsExactly("partner");
        assertThat(JsonPath.<String>read(unknown.body(), "$.errors[0].message")).contains("ZZ", "HK");
        assertThat(lowerCase.statusCode()).as(lowerCase.body()).isEqualTo(202);
        String sent = JsonPath.read(lowerCase.body(), "$.messageId");
        assertThat(JsonPath.<List<String>>read(liaison.get("/api/exchange/messages?direction=out&partner=HK&size=5").body(),
                "$[*].messageId")).contains(sent);
    }

    @Test
    void theMessageListComesInPagesOfTheSizeAsked() {
        var liaison = HubClient.as(port, "liaison");
        String first = JsonPath.read(liaison.post("/api/exchange/ping?partner=HK", "application/json", new byte[0]).body(), "$.messageId");
        String second = JsonPath.read(liaison.post("/api/exchange/ping?partner=HK", "application/json", new byte[0]).body(), "$.messageId");

        List<String> pageZero = JsonPath.read(liaison.get("/api/exchange/messages?direction=out&size=1&page=0").body(), "$[*].messageId");
        List<String> pageOne = JsonPath.read(liaison.get("/api/exchange/messages?direction=out&size=1&page=1").body(), "$[*].messageId");

        assertThat(pageZero).containsExactly(second);
        assertThat(pageOne).containsExactly(first);
    }

    @Test
    void theMessageListSaysHowManyMatchAndLinksTheNextPageAsTheCaseListDoes() {
        var liaison = HubClient.as(port, "liaison");
        for (int i = 0; i < 3; i++) {
            liaison.post("/api/exchange/ping?partner=HK", "application/json", new byte[0]);
        }
        var whole = liaison.get("/api/exchange/messages?partner=HK&direction=out&size=500");
        long total = Long.parseLong(whole.headers().firstValue("X-Total-Count").orElseThrow());
        List<String> all = JsonPath.read(whole.body(), "$[*].messageId");

        var first = liaison.get("/api/exchange/messages?partner=HK&direction=out&size=2");
        var last = liaison.get("/api/exchange/messages?partner=HK&direction=out&size=2&page=" + (total - 1) / 2);

        assertThat(total).isEqualTo(all.size()).isGreaterThanOrEqualTo(3);
        assertThat(whole.headers().firstValue("Link")).isEmpty();
        assertThat(JsonPath.<List<String>>read(first.body(), "$[*].messageId")).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(first.headers().firstValue("X-Total-Count")).contains(String.valueOf(total));
        assertThat(first.headers().firstValue("Link").orElseThrow())
                .contains("page=1", "size=2", "partner=HK", "direction=out").endsWith("; rel=\"next\"");
        assertThat(last.headers().firstValue("X-Total-Count")).contains(String.valueOf(total));
        assertThat(last.headers().firstValue("Link")).isEmpty();
    }

    @Test
    void aPageSizeOutsideWhatTheListGivesIsRefusedNamingTheField() {
        var response = HubClient.as(port, "viewer").get("/api/exchange/messages?size=0", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(response.body(), "$.errors[*].field")).containsExactly("size");
        for (String wrong : List.of("size=501", "page=-1", "size=many")) {
            var refused = HubClient.as(port, "viewer").get("/api/exchange/messages?" + wrong, "en");
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            assertThat((List<String>) JsonPath.read(refused.body(), "$.errors[*].field")).as(wrong)
                    .containsExactly(wrong.substring(0, wrong.indexOf('=')));
        }
    }

    @Test
    void aLiaisonOfficerSetsAPartnersHubConnectionThroughTheApi() {
        var liaison = HubClient.as(port, "liaison");
        String certificate = JsonPath.read(liaison.get("/api/partners/HK/connection").body(), "$.certificate");
        String json = """
                {"endpoint": "http://127.0.0.1:9/as4", "partyId": "urn:caunoi:hub:KH", "keyReference": "SKI",
                 "certificate": "%s"}""".formatted(certificate.replace("\n", "\\n"));

        var saved = liaison.putJson("/api/partners/KH/connection", json);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var read = liaison.get("/api/partners/KH/connection").body();
        assertThat((String) JsonPath.read(read, "$.endpoint")).isEqualTo("http://127.0.0.1:9/as4");
        assertThat((String) JsonPath.read(read, "$.keyReference")).isEqualTo("SKI");
        assertThat((String) JsonPath.read(read, "$.certificateSha256"))
                .isEqualTo(JsonPath.read(liaison.get("/api/partners/HK/connection").body(), "$.certificateSha256"));
    }

    @Test
    void aConnectionWithAnUnusableAddressIsRefusedNamingTheFieldAndChangesNothing() {
        var liaison = HubClient.as(port, "liaison");
        String before = liaison.get("/api/partners/HK/connection").body();

        var refused = liaison.putJson("/api/partners/HK/connection",
                "{\"endpoint\": \"ftp://hub.hk.example/as4\", \"partyId\": \"urn:caunoi:hub:HK\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(refused.body(), "$.errors[*].field")).contains("endpoint");
        assertThat(liaison.get("/api/partners/HK/connection").body()).isEqualTo(before);

        var ownId = liaison.putJson("/api/partners/HK/connection?lang=en",
                "{\"endpoint\": \"https://hub.hk.example/as4\", \"partyId\": \"urn:caunoi:hub:VN\"}");
        assertThat(ownId.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(ownId.body(), "$.errors[*].message"))
                .contains("This is this hub's own party identifier, not the partner's.");
        assertThat(liaison.get("/api/partners/HK/connection").body()).isEqualTo(before);
    }

    @Test
    void aConnectionWithSeveralBadFieldsIsRefusedNamingThemAllAtOnce() {
        var liaison = HubClient.as(port, "liaison");
        String before = liaison.get("/api/partners/HK/connection").body();

        var refused = liaison.putJson("/api/partners/HK/connection?lang=en", """
                {"endpoint": "ftp://hub.hk.example/as4", "partyId": "", "keyReference": "XYZ", "certificate": "garbage"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("endpoint", "partyId", "keyReference", "certificate");
        assertThat(JsonPath.<List<String>>read(refused.body(), "$.errors[?(@.field == 'keyReference')].message"))
                .singleElement().asString().contains("BST", "SKI");
        assertThat(liaison.get("/api/partners/HK/connection").body()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorOrLiaisonOfficerSetsAConnection() {
        var refused = HubClient.as(port, "viewer").putJson("/api/partners/HK/connection",
                "{\"endpoint\": \"http://127.0.0.1:9/as4\", \"partyId\": \"urn:caunoi:hub:HK\"}");

        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
