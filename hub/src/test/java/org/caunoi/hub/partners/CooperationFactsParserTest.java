package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.caunoi.hub.partners.internal.demo.CooperationFactsParser;
import org.caunoi.hub.partners.internal.demo.CooperationFactsParser.InvalidFactsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts loader reads the built-in demo facts, and names file and line for every problem in a bad file. */
class CooperationFactsParserTest {

    @TempDir
    Path dir;

    @Test
    void readsTheBuiltInFactsWithTheHongKongArrangementOfTheExactDay() {
        var facts = CooperationFactsParser.builtIn();

        assertThat(facts.partners()).extracting(Partner::code).contains("HK", "CN", "US", "KR", "WCO", "UNODC", "ASEAN");
        Agreement hongKong = facts.agreements().stream().filter(a -> a.parties().contains("HK")).findFirst().orElseThrow();
        assertThat(hongKong.signedOn()).isEqualTo(LocalDate.of(2013, 6, 28));
        assertThat(hongKong.signedPrecision()).isEqualTo(Agreement.DatePrecision.DAY);
        assertThat(hongKong.kind()).isEqualTo(AgreementKind.ADMINISTRATION_ARRANGEMENT);
        Partner hk = facts.partners().stream().filter(p -> p.code().equals("HK")).findFirst().orElseThrow();
        assertThat(hk.kind()).isEqualTo(PartnerKind.TERRITORY_ADMINISTRATION);
        assertThat(hk.nameVi()).isEqualTo("Cơ quan Hải quan và Thuế Hong Kong (Trung Quốc)");
        assertThat(hongKong.note()).as("Vietnam's hub reads the note in Vietnamese")
                .startsWith("chuyến thăm cấp cao đầu tiên ngày 22–23/9/2023");
    }

    @Test
    void vietnamsHubReadsTheBuiltInAgreementsInVietnameseWithTheirEnglishTitlesInEnglish() {
        var facts = CooperationFactsParser.builtIn();

        Agreement laos = facts.agreements().stream()
                .filter(a -> a.parties().contains("LA") && a.kind() == AgreementKind.MINISTRY_AGREEMENT).findFirst().orElseThrow();
        assertThat(laos.titleVi()).isEqualTo("Thỏa thuận giữa Bộ Tài chính Việt Nam và Bộ Tài chính Lào (trao đổi thông tin "
                + "và hỗ trợ điều tra phòng, chống buôn lậu, vận chuyển trái phép hàng hóa qua biên giới và gian lận thương mại)");
        assertThat(laos.titleEn()).startsWith("Arrangement between the Ministry of Finance of Viet Nam and Ministry of Finance of Laos: ");
        assertThat(laos.counterpart()).isEqualTo("Bộ Tài chính Lào");
        // No Vietnamese title or note carries the file's English wording.
        assertThat(facts.agreements()).allSatisfy(agreement -> {
            assertThat(agreement.titleVi()).doesNotContainPattern("\\b(MoU|of|and|the|with|on)\\b");
            assertThat(agreement.note()).doesNotContainPattern("\\b(MoU|of|and|the|with|on|since|signed)\\b");
        });
    }

    @Test
    void hongKongsHubSeesVietnamAsItsPartnerUnderTheSameArrangement() {
        var facts = CooperationFactsParser.builtIn().seenFrom("HK");

        assertThat(facts.partners()).extracting(Partner::code).containsExactly("VN");
        assertThat(facts.partners().getFirst().nameEn()).isEqualTo("Vietnam Customs (Department of Customs)");
        assertThat(facts.partners().getFirst().nameVi()).isEqualTo("Cục Hải quan");
        assertThat(facts.partners().getFirst().note()).as("the name before the 2025 restructuring stays findable")
                .contains("Tổng cục Hải quan Việt Nam", "General Department of Vietnam Customs (GDVC)");
        assertThat(facts.agreements()).singleElement().satisfies(agreement -> {
            assertThat(agreement.parties()).containsExactly("VN");
            assertThat(agreement.signedOn()).isEqualTo(LocalDate.of(2013, 6, 28));
            assertThat(agreement.kind()).isEqualTo(AgreementKind.ADMINISTRATION_ARRANGEMENT);
            assertThat(agreement.note()).as("in English, as Hong Kong keeps it").startsWith("first high-level visit");
        });
        assertThat(CooperationFactsParser.builtIn().seenFrom("VN").partners()).hasSizeGreaterThan(20);
        assertThat(CooperationFactsParser.builtIn().seenFrom("ZZ").partners()).isEmpty();
    }

    @Test
    void laoPdrsHubSeesVietnamUnderAgreementsWithoutPersonalDataAndNoSeizuresUnderTheSingleStopInspectionMou() {
        var facts = CooperationFactsParser.builtIn().seenFrom("LA");

        assertThat(facts.partners()).extracting(Partner::code).containsExactly("VN");
        assertThat(facts.agreements()).extracting(a -> a.signedOn().getYear()).containsExactlyInAnyOrder(2014, 2006, 2005);
        assertThat(facts.agreements()).allSatisfy(agreement -> assertThat(agreement.profile().personalDataAllowed()).isFalse());
        assertThat(facts.agreements()).filteredOn(agreement -> agreement.signedOn().getYear() != 2005)
                .as("investigation support (2014) and the coordination against revenue loss (2006): enforcement, non-nominal")
                .allSatisfy(agreement -> assertThat(agreement.profile().categories())
                        .containsExactly(DataCategory.ENFORCEMENT_NON_NOMINAL));
        assertThat(facts.agreements()).filteredOn(agreement -> agreement.signedOn().getYear() == 2005).singleElement()
                .satisfies(singleStop -> {
                    assertThat(singleStop.profile().categories()).containsExactly(DataCategory.CARGO_INFORMATION);
                    assertThat(singleStop.profile().purposes()).containsExactlyInAnyOrder(Purpose.RISK_ASSESSMENT,
                            Purpose.TRADE_FACILITATION);
                });
        assertThat(CooperationFactsParser.builtIn().agreements()).filteredOn(a -> a.parties().contains("LA"))
                .as("the same profiles in Vietnam's hub").hasSize(3)
                .allSatisfy(agreement -> assertThat(agreement.profile().personalDataAllowed()).isFalse());
        assertThat(CooperationFactsParser.builtIn().agreements()).filteredOn(a -> a.parties().contains("HK"))
                .as("other partners keep the profile of their agreement's kind")
                .allSatisfy(agreement -> assertThat(agreement.profile().personalDataAllowed()).isTrue());
    }

    @Test
    void eachAgreementCoversWhatItsKindAndScopeReallyAllow() {
        var agreements = CooperationFactsParser.builtIn().agreements();
        // partner, year signed and kind: the categories, and whether personal data may pass
        record Expected(String partner, int year, AgreementKind kind, Set<DataCategory> categories, boolean personalData) {
        }
        List<Expected> table = List.of(
                // a government CMAA: enforcement and verification data, personal data under its conditions
                new Expected("KR", 1995, AgreementKind.GOVERNMENT_AGREEMENT, EnumSet.of(DataCategory.ENFORCEMENT_NOMINAL, DataCategory.ENFORCEMENT_NON_NOMINAL,
                        DataCategory.ASSISTANCE_REQUEST, DataCategory.CERTIFICATE_OF_ORIGIN, DataCategory.CARGO_INFORMATION), true),
                // the GMS single-stop inspection MoUs: the crossing's cargo and inspections, no seizures or investigations
                new Expected("KH", 2006, AgreementKind.MOU, EnumSet.of(DataCategory.CARGO_INFORMATION), false),
                new Expected("LA", 2005, AgreementKind.MOU, EnumSet.of(DataCategory.CARGO_INFORMATION), false),
                // an MoU on combating smuggling: enforcement information without personal data
                new Expected("CL", 2009, AgreementKind.MOU, EnumSet.of(DataCategory.ENFORCEMENT_NON_NOMINAL), false),
                new Expected("UA", 2010, AgreementKind.STATISTICS_EXCHANGE, EnumSet.of(DataCategory.TRADE_STATISTICS), false),
                new Expected("ASEAN", 2023, AgreementKind.AEO_MUTUAL_RECOGNITION, EnumSet.of(DataCategory.AEO_LIST), false));
        for (Expected expected : table) {
            assertThat(agreements).as("%s %d", expected.partner(), expected.year())
                    .filteredOn(a -> a.parties().contains(expected.partner()) && a.signedOn().getYear() == expected.year()
                            && a.kind() == expected.kind())
                    .singleElement()
                    .satisfies(a -> {
                        assertThat(a.profile().categories()).containsExactlyInAnyOrderElementsOf(expected.categories());
                        assertThat(a.profile().personalDataAllowed()).isEqualTo(expected.personalData());
                    });
        }
    }

    @Test
    void keepsYearOnlyDatesHonest() {
        var facts = CooperationFactsParser.builtIn();

        Agreement korea = facts.agreements().stream()
                .filter(a -> a.parties().contains("KR") && a.kind() == AgreementKind.GOVERNMENT_AGREEMENT)
                .findFirst().orElseThrow();
        assertThat(korea.signedPrecision()).isEqualTo(Agreement.DatePrecision.YEAR);
        assertThat(korea.signedDisplay()).isEqualTo("1995");
    }

    @Test
    void classifiesOtherArrangementsByTheirScope() {
        var facts = CooperationFactsParser.builtIn();

        assertThat(facts.agreements()).anyMatch(a -> a.parties().contains("RU") && a.kind() == AgreementKind.STATISTICS_EXCHANGE);
        assertThat(facts.agreements()).anyMatch(a -> a.parties().contains("ASEAN") && a.kind() == AgreementKind.AEO_MUTUAL_RECOGNITION);
        assertThat(facts.agreements()).anyMatch(a -> a.parties().contains("NL") && a.kind() == AgreementKind.IMPLEMENTING_ARRANGEMENT);
    }

    @Test
    void reportsAnUnknownCountryCodeWithFileAndLine() throws IOException {
        Path file = write("""
                government_agreements:
                  - {partner: KR, year: 1995}
                  - {partner: XQ, year: 2003}
                """);

        assertThatThrownBy(() -> CooperationFactsParser.parse(file))
                .isInstanceOf(InvalidFactsException.class)
                .satisfies(e -> assertThat(((InvalidFactsException) e).problems())
                        .singleElement().asString().startsWith(file + ":3:").contains("unknown country or partner code 'XQ'"));
    }

    @Test
    void reportsABadDateWithFileAndLine() throws IOException {
        Path file = write("""
                administration_agreements:
                  - {partner: CN, year: 1993}
                  - partner: HK
                    year: 2013
                    date: "2013-02-30"
                """);

        assertThatThrownBy(() -> CooperationFactsParser.parse(file))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining(file + ":5: bad date '2013-02-30'");
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() throws IOException {
        Path file = write("""
                government_agreements:
                  - {partner: ZZ, year: 1995}
                  - {partner: KR, year: 19x5}
                  - {year: 2001}
                """);

        assertThatThrownBy(() -> CooperationFactsParser.parse(file))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void refusesAFileThatIsNotYaml() throws IOException {
        Path file = write("government_agreements: [ {partner: KR, year: 1995 ");

        assertThatThrownBy(() -> CooperationFactsParser.parse(file))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("not valid YAML");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("facts.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
