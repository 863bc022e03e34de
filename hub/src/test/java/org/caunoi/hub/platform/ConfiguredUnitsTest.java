package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.caunoi.hub.BrowserSession;
import org.caunoi.hub.HubClient;
import org.caunoi.hub.TestHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A hub's organisational units are its own configuration, not Vietnam Customs' departments: a hub
 * started with two units of its own offers exactly those for officers, names them in both languages,
 * refuses any other, sends partners' requests to the one marked for them, and keeps each unit's
 * requests to its own officers. A configuration that is wrong stops the start, saying what to fix.
 */
class ConfiguredUnitsTest {

    private static final String[] TWO_UNITS = {
            "--caunoi.units[0].code=LIAISON", "--caunoi.units[0].name-vi=Phòng Liên lạc",
            "--caunoi.units[0].name-en=Liaison Office", "--caunoi.units[0].receives-requests=true",
            "--caunoi.units[1].code=PORT_2", "--caunoi.units[1].name-vi=Đội Kiểm soát Cảng 2",
            "--caunoi.units[1].name-en=Port Control Team 2"};
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>");

    private static ConfigurableApplicationContext hub;
    private static int port;

    @BeforeAll
    static void startWithTwoUnits() {
        List<String> args = new java.util.ArrayList<>(List.of("--caunoi.demo=true"));
        args.addAll(List.of(TWO_UNITS));
        hub = TestHub.start(TestHub.newDataDir("units"), args.toArray(String[]::new));
        port = TestHub.port(hub);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void theOfficerFormOffersExactlyTheConfiguredUnitsNamedInTheReadersLanguage() {
        var admin = new BrowserSession(port);
        admin.logIn("admin", "demo");

        assertThat(options(admin.get("/admin/officers?lang=en"))).containsExactly(
                "liaison=Liaison Office", "port-2=Port Control Team 2");
        assertThat(options(admin.get("/admin/officers?lang=vi"))).containsExactly(
                "liaison=Phòng Liên lạc", "port-2=Đội Kiểm soát Cảng 2");
    }

    @Test
    void anOfficerCannotBeGivenAUnitTheHubDoesNotHave() {
        var response = admin().postJson("/api/officers?lang=en", """
                {"username": "unit-htqt", "displayName": "Officer", "unit": "htqt", "roles": ["viewer"]}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field")).containsExactly("unit");
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].message")).singleElement().asString()
                .contains("liaison, port-2");

        var admin = new BrowserSession(port);
        admin.logIn("admin", "demo");
        String page = admin.submit("/admin/officers?lang=en",
                "username=unit-form&displayName=Officer&unit=DTCBL&roles=viewer&email=&language=en").body();
        assertThat(page).contains("class=\"field-error\">Choose one of the units: liaison, port-2.");
    }

    @Test
    void partnersRequestsGoToTheMarkedUnitAndEachUnitListsItsOwnAndTheDraftersTheirs() {
        HubClient portOfficer = officer("port-liaison", "port-2");
        var created = HubClient.as(port, "liaison").postJson("/api/assistance/requests", """
                {"partner": "HK", "kind": "verification-of-origin", "subject": "origin-fraud", "purpose": "verification",
                 "questions": "Was certificate E2612345 issued by your authority?"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
        assertThat(JsonPath.<String>read(created.body(), "$.assignedUnit"))
                .as("the demo liaison officer is in the unit that receives partners' requests").isEqualTo("LIAISON");

        assertThat(listed(portOfficer, id)).isFalse();
        assertThat(HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/assign",
                "{\"unit\": \"HTQT\"}").statusCode()).as("Vietnam's units are not this hub's").isEqualTo(400);
        var assigned = HubClient.as(port, "supervisor").postJson("/api/assistance/requests/" + id + "/assign",
                "{\"unit\": \"port-2\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);

        assertThat(listed(portOfficer, id)).isTrue();
        assertThat(listed(HubClient.as(port, "liaison"), id)).as("its drafter keeps it, wherever it went").isTrue();
        assertThat(JsonPath.<String>read(HubClient.as(port, "liaison").get("/api/assistance/requests/" + id).body(),
                "$.questions")).as("and reads it in full").isEqualTo("Was certificate E2612345 issued by your authority?");
        var history = HubClient.as(port, "supervisor").get("/api/assistance/requests/" + id + "?lang=en");
        assertThat(history.body()).contains("Port Control Team 2");
    }

    @Test
    void aBadUnitFilterNamesTheConfiguredCodes() {
        HttpResponse<String> response = admin().get("/api/enforcement/cases?unit=dtcbl");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(response.body(), "$.validValues")).containsExactly("liaison", "port-2");
    }

    @Test
    void aConfigurationWithoutTheUnitThatReceivesRequestsIsRefusedAtStart() {
        assertThatThrownBy(() -> TestHub.start(TestHub.newDataDir("units-unmarked"), "--caunoi.demo=true",
                "--caunoi.units[0].code=A", "--caunoi.units[0].name-vi=A", "--caunoi.units[0].name-en=A",
                "--caunoi.units[1].code=B", "--caunoi.units[1].name-vi=B", "--caunoi.units[1].name-en=B"))
                .hasStackTraceContaining("Mark exactly one unit with receives-requests: true");
        assertThatThrownBy(() -> TestHub.start(TestHub.newDataDir("units-unnamed"), "--caunoi.demo=true",
                "--caunoi.units[0].code=A", "--caunoi.units[0].name-vi=A"))
                .hasStackTraceContaining("caunoi.units[0] (A) has no name in English (name-en)");
        assertThatThrownBy(() -> TestHub.start(TestHub.newDataDir("units-lao"), "--caunoi.demo=false", "--caunoi.node=LA",
                "--caunoi.admin-password=a long enough sentence for the test 2026"))
                .as("a production hub of another node has no Vietnamese departments to fall back on")
                .hasStackTraceContaining("This hub (node LA) has no organisational units");
    }

    @Test
    void demoAccountsJoinTheNewUnitsAndAUnitTakenOutWhileOfficersAreInItIsRefusedAtStart() {
        var dataDir = TestHub.newDataDir("units-changed");
        try (var vietnamese = TestHub.start(dataDir, "--caunoi.demo=true")) {
            assertThat(unitOf(TestHub.port(vietnamese), "investigator")).isEqualTo("dtcbl");
        }
        List<String> args = new java.util.ArrayList<>(List.of("--caunoi.demo=true"));
        args.addAll(List.of(TWO_UNITS));
        try (var ownUnits = TestHub.start(dataDir, args.toArray(String[]::new))) {
            int at = TestHub.port(ownUnits);
            assertThat(unitOf(at, "investigator")).as("moved out of a unit the hub no longer has").isEqualTo("liaison");
            var created = HubClient.as(at, "admin").postJson("/api/officers", """
                    {"username": "at-port", "displayName": "Officer at the port", "unit": "PORT_2", "roles": ["viewer"]}""");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        assertThatThrownBy(() -> TestHub.start(dataDir, "--caunoi.demo=true", "--caunoi.units[0].code=LIAISON",
                "--caunoi.units[0].name-vi=Phòng Liên lạc", "--caunoi.units[0].name-en=Liaison Office"))
                .hasStackTraceContaining("units this hub's configuration does not have: PORT_2 (1 officer)")
                .hasStackTraceContaining("move its officers to another unit under Officers first");
    }

    private static String unitOf(int at, String username) {
        return JsonPath.read(HubClient.as(at, "admin").get("/api/officers/" + username).body(), "$.unit");
    }

    /** Whether the officer's list of requests sent holds the request (the newest come first). */
    private static boolean listed(HubClient officer, long id) {
        List<Number> ids = JsonPath.read(officer.get("/api/assistance/requests?direction=out").body(), "$[*].id");
        return ids.stream().anyMatch(listed -> listed.longValue() == id);
    }

    private static HubClient admin() {
        return HubClient.as(port, "admin");
    }

    /** An officer of the unit, signed in with a password of their own. */
    private static HubClient officer(String username, String unit) {
        var created = admin().postJson("/api/officers", """
                {"username": "%s", "displayName": "Officer %s", "unit": "%s", "roles": ["liaison-officer"]}"""
                .formatted(username, username, unit));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JsonPath.<String>read(created.body(), "$.officer.unit")).isEqualTo(unit);
        String temporary = JsonPath.read(created.body(), "$.temporaryPassword");
        String own = "quiet harbour lanterns at dusk 2026";
        var changed = new HubClient(port, username, temporary).postJson("/api/account/password", """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(temporary, own));
        assertThat(changed.statusCode()).as(changed.body()).isLessThan(300);
        return new HubClient(port, username, own);
    }

    private static List<String> options(String page) {
        int form = page.indexOf("id=\"officer-form\"");
        int select = page.indexOf("name=\"unit\"", form);
        String units = page.substring(select, page.indexOf("</select>", select));
        return OPTION.matcher(units).results().map(match -> match.group(1) + "=" + match.group(2)).toList();
    }
}
