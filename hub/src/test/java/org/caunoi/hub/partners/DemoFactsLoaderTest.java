package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.partners.internal.demo.CooperationFactsParser.InvalidFactsException;
import org.caunoi.hub.partners.internal.demo.DemoFactsLoader;
import org.caunoi.hub.partners.internal.AgreementRepository;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.caunoi.hub.platform.DemoFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo loader on the real database: the demo data is there once, and a bad file loads nothing at all. */
@HubTest
class DemoFactsLoaderTest extends HubTest.Base {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PartnerCatalog catalog;

    @Autowired
    DemoFactsLoader loader;

    @Autowired
    AgreementRepository agreements;

    @Test
    void theDemoDataIsLoadedAtStart() {
        assertThat(catalog.agreementsOf("HK")).extracting(Agreement::signedDisplay).contains("2013-06-28");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM partners.facts_load", Integer.class)).isEqualTo(1);
    }

    @Test
    void aFileWithOneBadLineLoadsNothing() throws IOException {
        Path bad = Files.createTempFile(TestHub.dataDir(), "facts", ".yaml");
        Files.writeString(bad, """
                government_agreements:
                  - {partner: SG, year: 2001}
                  - {partner: TH, year: 2002}
                  - {partner: QQ, year: 2003}
                """);
        int partnersBefore = count("partners.partner");
        int agreementsBefore = count("partners.agreement");

        assertThatThrownBy(() -> loader.load(bad))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining(bad + ":4: unknown country or partner code 'QQ'");

        assertThat(count("partners.partner")).isEqualTo(partnersBefore);
        assertThat(count("partners.agreement")).isEqualTo(agreementsBefore);
    }

    @Test
    void aDemoProfileAnEarlierReleaseDerivedFollowsTodaysRulesAndOneAnOfficerSavedStays() {
        Agreement laos = singleStopInspectionMou("LA");
        Agreement cambodia = singleStopInspectionMou("KH");
        try {
            // as an earlier release derived them: seizures and investigations under an MoU on single-stop inspection
            for (Agreement mou : List.of(laos, cambodia)) {
                jdbc.update("UPDATE partners.agreement SET data_categories = '{ENFORCEMENT_NON_NOMINAL}', "
                        + "purposes = '{RISK_ASSESSMENT,INVESTIGATION}' WHERE id = ?", mou.id());
            }
            jdbc.update("DELETE FROM partners.demo_profile WHERE agreement_id = ?", cambodia.id()); // an officer saved it

            assertThat(loader.refreshDemoProfiles(DemoFacts.builtIn())).isGreaterThanOrEqualTo(1);

            Agreement refreshed = agreements.find(laos.id()).orElseThrow();
            assertThat(refreshed.profile()).isEqualTo(laos.profile());
            assertThat(refreshed.profile().categories()).containsExactly(DataCategory.CARGO_INFORMATION);
            assertThat(agreements.hasDemoProfile(laos.id())).as("still the demo data's, to check against the text").isTrue();
            assertThat(agreements.find(cambodia.id()).orElseThrow().profile().categories())
                    .as("what an officer saved is theirs").containsExactly(DataCategory.ENFORCEMENT_NON_NOMINAL);
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM platform.audit_entry WHERE action = 'UPDATE' AND record_type = 'agreement'
                    AND record_id = ? AND actor = 'system'""", Integer.class, Long.toString(laos.id()))).isEqualTo(1);
        }
        finally {
            jdbc.update("INSERT INTO partners.demo_profile (agreement_id) VALUES (?) ON CONFLICT DO NOTHING", cambodia.id());
            loader.refreshDemoProfiles(DemoFacts.builtIn());
        }
        assertThat(agreements.find(cambodia.id()).orElseThrow().profile()).isEqualTo(cambodia.profile());
    }

    private Agreement singleStopInspectionMou(String partner) {
        return catalog.agreementsOf(partner).stream()
                .filter(agreement -> agreement.kind() == AgreementKind.MOU && agreement.titleEn().contains("single-stop"))
                .findFirst().orElseThrow();
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}
