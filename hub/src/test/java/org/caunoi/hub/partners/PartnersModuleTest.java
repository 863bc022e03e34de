package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;

import org.caunoi.hub.TestHub;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The partners module alone (with the shared platform) on its own embedded PostgreSQL and its built-in
 * demo facts: no other business module is started, and the legal-basis check and agreements work.
 */
@ApplicationModuleTest
class PartnersModuleTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("caunoi.data-dir", () -> TestHub.newDataDir("partners").toString());
        registry.add("caunoi.demo", () -> "true");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    LegalBasis legalBasis;

    @Autowired
    PartnerCatalog catalog;

    @Test
    void startsWithoutAnyOtherBusinessModule() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> context.getType(name))
                .filter(type -> type != null && type.getPackageName().startsWith("org.caunoi.hub."))
                .map(type -> type.getPackageName().split("\\.")[3]))
                .isNotEmpty()
                .allMatch(module -> module.equals("partners") || module.equals("platform"));
    }

    @ParameterizedTest(name = "{0} {1} for {2} on {3}: {4}")
    @CsvSource({
            "HK, enforcement-nominal,     investigation, 2024-01-10, ",
            "HK, enforcement-non-nominal, statistics,    2024-01-10, purpose-not-permitted",
            "HK, enforcement-nominal,     investigation, 1990-01-01, not-yet-in-force",
            "LA, enforcement-non-nominal, investigation, 2024-01-10, ",
            "LA, enforcement-nominal,     investigation, 2024-01-10, category-not-covered",
            "ZZ, enforcement-non-nominal, investigation, 2024-01-10, unknown-partner"})
    void decidesTheLegalBasisFromTheDemoFacts(String partner, String category, String purpose, LocalDate date,
            String refusal) {
        var decision = legalBasis.check(partner, DataCategory.parse(category), Purpose.parse(purpose), date);

        assertThat(decision.allowed()).isEqualTo(refusal == null);
        assertThat(decision.reason() == null ? null : decision.reason().kebab()).isEqualTo(refusal);
    }

    @Test
    void anAgreementRecordedThroughTheModuleIsTheLegalBasisFromItsEntryIntoForce() {
        var partner = new Partner("TH", PartnerKind.CUSTOMS_ADMINISTRATION, "TH", "Hải quan Thái Lan", "Thai Customs",
                Region.SOUTHEAST_ASIA, "", java.util.List.of());
        catalog.savePartner(partner);
        long id = catalog.createAgreement(AgreementBuilder.anAgreement().parties("TH").signedOn(LocalDate.of(2024, 3, 1))
                .inForceFrom(LocalDate.of(2024, 4, 1)).covering(DataCategory.CERTIFICATE_OF_ORIGIN)
                .forPurposes(Purpose.VERIFICATION).personalData(false).build());

        assertThat(legalBasis.check("TH", DataCategory.CERTIFICATE_OF_ORIGIN, Purpose.VERIFICATION, LocalDate.of(2024, 3, 31))
                .reason()).isEqualTo(RefusalReason.NOT_YET_IN_FORCE);
        assertThat(legalBasis.check("TH", DataCategory.CERTIFICATE_OF_ORIGIN, Purpose.VERIFICATION, LocalDate.of(2024, 4, 1))
                .agreements()).extracting(LegalBasisDecision.AgreementRef::id).containsExactly(id);
        assertThat(catalog.agreementsOf("TH")).singleElement().satisfies(agreement -> assertThat(agreement.id()).isEqualTo(id));
    }
}
