package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.caunoi.hub.HubClient;
import org.caunoi.hub.HubTest;
import org.caunoi.hub.platform.i18n.Sentences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case from recording to withdrawal, per role: investigators of the owning unit work on the nominal
 * case, analysts, viewers, liaison officers, admins and other units see the non-nominal form, only the
 * owning unit changes it, every change is a new version and every nominal read is audited.
 */
@HubTest
class CaseLifecycleTest extends HubTest.Base {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sentences sentences;

    @Test
    void investigatorsOfTheOwningUnitReadTheNominalCaseAndTheReadIsAudited() {
        long id = record();
        long auditedBefore = nominalReadsOf(id);

        JsonNode read = get("investigator", id);

        assertThat(read.get("form").asString()).isEqualTo("nominal");
        assertThat(read.at("/content/persons/0/name").asString()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(read.at("/content/persons/0/latinName").asString()).isEqualTo("Nguyen Van Hung");
        assertThat(read.at("/content/quantity/kg").asDouble()).isEqualTo(12.5);
        assertThat(nominalReadsOf(id)).isEqualTo(auditedBefore + 1);
        String reference = read.get("reference").asString();
        assertThat(details("READ", reference, Locale.ENGLISH)).last().isEqualTo("nominal, version 1");
        assertThat(details("READ", reference, Locale.of("vi"))).as("worded in the reader's language").last()
                .isEqualTo("dữ liệu định danh, phiên bản 1");
    }

    @Test
    void analystsViewersLiaisonOfficersAndAdminsSeeTheNonNominalFormOnly() {
        long id = record();
        long auditedBefore = nominalReadsOf(id);

        // The admin keeps accounts and the audit trail: need-to-know gives an IT administrator no personal data.
        for (String officer : new String[] {"analyst", "viewer", "liaison", "admin"}) {
            JsonNode read = get(officer, id);
            assertThat(read.get("form").asString()).as(officer).isEqualTo("non-nominal");
            assertThat(read.at("/content/persons")).as(officer).isEmpty();
            assertThat(read.at("/content/companies")).as(officer).isEmpty();
            assertThat(read.at("/content/narrative").asString()).as(officer)
                    .isEqualTo("[…] declared the goods as green tea; passport […].");
            assertThat(read.at("/content/conveyance/imo").asString()).as("the vessel is not personal data").isEqualTo("9074729");
        }
        assertThat(nominalReadsOf(id)).as("non-nominal reads are not nominal reads").isEqualTo(auditedBefore);
    }

    @Test
    void onlyInvestigatorsRecordCases() {
        // An admin could not read back a case they recorded (need-to-know), so recording is investigators' work.
        for (String officer : new String[] {"analyst", "viewer", "liaison", "admin"}) {
            assertThat(HubClient.as(port, officer).postJson("/api/enforcement/cases",
                    NewCase.methamphetamineAtHaiPhong().json()).statusCode()).as(officer).isEqualTo(403);
            var screen = new org.caunoi.hub.BrowserSession(port);
            screen.logIn(officer, "demo");
            assertThat(screen.status("/enforcement/cases/new")).as("%s gets no form to fill in vain", officer).isEqualTo(403);
            assertThat(screen.get("/enforcement/cases/new?lang=en")).as("the refusal names the roles held")
                    .contains("Your roles: ").contains("ask the hub&#39;s administrator");
        }
    }

    @Test
    void onlyTheOwningUnitCorrectsAndEveryCorrectionIsANewVersion() {
        long id = record();
        String corrected = NewCase.methamphetamineAtHaiPhong().with("quantity.value", 13.1).with("version", 1).json();

        // The supervisor reads every case in full but corrects only their own unit's; the admin reads none in full.
        for (String officer : new String[] {"analyst", "viewer", "supervisor", "liaison", "admin"}) {
            assertThat(HubClient.as(port, officer).putJson("/api/enforcement/cases/" + id, corrected).statusCode())
                    .as(officer + " is not of the owning unit").isEqualTo(403);
        }
        var byInvestigator = HubClient.as(port, "investigator").putJson("/api/enforcement/cases/" + id, corrected);
        var again = HubClient.as(port, "investigator").putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 13.2).with("version", 2).json());

        assertThat(byInvestigator.statusCode()).as(byInvestigator.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode versions = JSON.readTree(HubClient.as(port, "investigator").get("/api/enforcement/cases/" + id + "/versions").body());
        assertThat(versions.findValuesAsString("change")).containsExactly("original", "correction", "correction");
        assertThat(versions.get(0).at("/content/quantity/value").asDouble()).as("history as written").isEqualTo(12.5);
        JsonNode current = get("investigator", id);
        assertThat(current.get("version").asInt()).isEqualTo(3);
        assertThat(details("CORRECT", current.get("reference").asString(), Locale.ENGLISH))
                .containsExactly("version 2", "version 3");
    }

    @Test
    void aCorrectionFromAVersionThatIsNoLongerCurrentIsRefusedWith409AndChangesNothing() {
        long id = record();
        HubClient investigator = HubClient.as(port, "investigator");
        var first = investigator.putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 13.1).with("version", 1).json());

        var stale = investigator.putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 13.4).with("version", 1).json());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(stale.body());
        assertThat(problem.get("currentVersion").asInt()).isEqualTo(2);
        JsonNode current = get("investigator", id);
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.at("/content/quantity/value").asDouble()).isEqualTo(13.1);
        assertThat(problem.get("detail").asString()).as("the case, the version read and the current one")
                .contains(current.get("reference").asString(), "phiên bản 1", "phiên bản 2");
    }

    @Test
    void aCorrectionSentTwiceStoresOneVersionAndSendsItOnce() {
        long id = record();
        HubClient investigator = HubClient.as(port, "investigator");
        var shared = investigator.postJson("/api/enforcement/cases/" + id + "/share",
                "{\"partners\": [\"HK\"], \"purpose\": \"investigation\"}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        String corrected = NewCase.methamphetamineAtHaiPhong().with("quantity.value", 13.1).with("version", 1).json();

        var once = investigator.putJson("/api/enforcement/cases/" + id, corrected);
        var twice = investigator.putJson("/api/enforcement/cases/" + id, corrected);
        var unchangedFromTheNewVersion = investigator.putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 13.1).with("version", 2).json());

        assertThat(once.statusCode()).as(once.body()).isEqualTo(200);
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(200);
        assertThat(unchangedFromTheNewVersion.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(twice.body()).get("version").asInt()).isEqualTo(2);
        JsonNode versions = JSON.readTree(investigator.get("/api/enforcement/cases/" + id + "/versions").body());
        assertThat(versions.findValuesAsString("change")).containsExactly("original", "correction");
        JsonNode shares = get("investigator", id).get("shares");
        assertThat(shares.findValuesAsString("change")).as("the share, then the correction once")
                .containsExactly("original", "correction");
        assertThat(details("CORRECT", get("investigator", id).get("reference").asString(), Locale.ENGLISH))
                .containsExactly("version 2");
    }

    @Test
    void aCorrectionWithoutTheVersionReadIsRefusedNamingVersionAndChangesNothing() {
        long id = record();

        var refused = HubClient.as(port, "investigator").putJson("/api/enforcement/cases/" + id + "?lang=en",
                NewCase.methamphetamineAtHaiPhong().with("quantity.value", 13.1).json());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("version");
        assertThat(problem.get("errors").size()).isEqualTo(1);
        assertThat(problem.at("/errors/0/message").asString()).contains("version", "read with the case");
        assertThat(get("investigator", id).get("version").asInt()).isEqualTo(1);
        assertThat(get("investigator", id).at("/content/quantity/value").asDouble()).isEqualTo(12.5);
    }

    @Test
    void anUnknownCaseIsNamedByItsIdInPlainDigits() {
        var missing = HubClient.as(port, "investigator").get("/api/enforcement/cases/99999", "en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("detail").asString()).isEqualTo("There is no case 99999.");
    }

    @Test
    void aCorrectionThatDoesNotParseNamesTheFieldBesideTheVersion() {
        long id = record();

        var refused = HubClient.as(port, "investigator").putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("date", "not a date").with("version", 1).json());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asString()).isEqualTo("date");
        assertThat(get("investigator", id).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aWithdrawnCaseStaysReadableAndCannotBeChangedAgain() {
        long id = record();

        var withdrawn = HubClient.as(port, "investigator").postJson("/api/enforcement/cases/" + id + "/withdraw", "");
        var correctedAfter = HubClient.as(port, "investigator").putJson("/api/enforcement/cases/" + id,
                NewCase.methamphetamineAtHaiPhong().with("version", 2).json());

        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(withdrawn.body()).get("state").asString()).isEqualTo("withdrawn");
        assertThat(correctedAfter.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(correctedAfter.body()).at("/errors/0/field").asString()).isEqualTo("state");
        assertThat(get("investigator", id).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void nobodyEditsHistoryNotEvenWithSql() {
        long id = record();

        assertThatThrownBy(() -> jdbc.sql("UPDATE enforcement.case_version SET changed_by = 'someone' WHERE case_id = ?")
                .param(id).update()).hasMessageContaining("kept as written");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM enforcement.case_version WHERE case_id = ?").param(id).update())
                .hasMessageContaining("kept as written");
    }

    @Test
    void onePersonIsOneRecordLinkedToEveryCaseThatNamesHim() {
        long first = record();
        long second = record();

        long persons = jdbc.sql("""
                SELECT count(DISTINCT person_id) FROM enforcement.case_person WHERE case_id IN (?, ?)""")
                .params(first, second).query(Long.class).single();
        assertThat(persons).as("found again by his passport number").isEqualTo(1);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThat(HubClient.as(port, "investigator").get("/api/enforcement/cases/987654321").statusCode()).isEqualTo(404);
    }

    private long record() {
        return Recorded.caseOn(port, NewCase.methamphetamineAtHaiPhong());
    }

    private JsonNode get(String officer, long id) {
        var response = HubClient.as(port, officer).get("/api/enforcement/cases/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long nominalReadsOf(long id) {
        String reference = get("analyst", id).get("reference").asString();
        return details("READ", reference, Locale.ENGLISH).stream().filter(details -> details.startsWith("nominal")).count();
    }

    /** The details of the case's audit entries of the action, oldest first, as a reader of the language sees them. */
    private List<String> details(String action, String reference, Locale language) {
        return jdbc.sql("""
                SELECT details FROM platform.audit_entry
                WHERE action = ? AND record_type = 'enforcement-case' AND record_id = ? ORDER BY id""")
                .params(action, reference).query(String.class).list().stream()
                .map(details -> sentences.render(details, language)).toList();
    }
}
