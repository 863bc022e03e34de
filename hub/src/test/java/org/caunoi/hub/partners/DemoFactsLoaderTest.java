package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.caunoi.hub.HubTest;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.partners.internal.demo.CooperationFactsParser.InvalidFactsException;
import org.caunoi.hub.partners.internal.demo.DemoFactsLoader;
import org.caunoi.hub.partners.internal.PartnerCatalog;
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

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}
