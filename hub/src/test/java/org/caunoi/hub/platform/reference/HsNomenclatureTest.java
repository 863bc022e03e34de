package org.caunoi.hub.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** HS codes are checked against the nomenclature built into the hub, at 2, 4 and 6 digits. */
class HsNomenclatureTest {

    static final HsNomenclature HS = new HsNomenclature();

    @ParameterizedTest(name = "{0} is an HS code: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            29        | true   | chapter
            2939      | true   | heading
            293945    | true   | subheading: ephedrine alkaloids
            2939.45   | true   | written with a dot, as on a declaration
            0101      | true   | the first heading
            970690    | true   | the last subheading
            293946    | false  | a subheading that does not exist
            9999      | false  | UN Comtrade's 'not specified' code, not HS
            99        | false  | chapter 99 is not in the nomenclature
            TOTAL     | false  | UN Comtrade's total row
            2939451   | false  | seven digits
            293       | false  | three digits
            29394500  | false  | a national tariff line, not HS
            ''        | false  | empty
            """)
    void isValidOnlyForChaptersHeadingsAndSubheadingsOfTheNomenclature(String code, boolean valid, String why) {
        assertThat(HS.isValid(code == null ? "" : code)).as(why).isEqualTo(valid);
    }

    @Test
    void describesACodeAndNamesItsSection() {
        var ephedrine = HS.find("293945").orElseThrow();

        assertThat(ephedrine.description()).startsWith("Alkaloids; of ephedrine and their derivatives");
        assertThat(ephedrine.digits()).isEqualTo(6);
        assertThat(ephedrine.section().number()).isEqualTo("VI");
        assertThat(HS.sectionOf("2939")).get().extracting(HsNomenclature.Section::name)
                .isEqualTo("Products of the chemical or allied industries");
        assertThat(HS.sectionOf("01")).get().extracting(HsNomenclature.Section::number).isEqualTo("I");
        assertThat(HS.description("9999")).isEmpty();
    }

    @Test
    void holdsTheWholeNomenclature() {
        // 96 chapters (77 is reserved), 1,228 headings and 5,612 subheadings: the CSV less UN Comtrade's four rows.
        assertThat(HS.size()).isEqualTo(6936);
    }
}
