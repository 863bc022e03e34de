package org.caunoi.hub.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.StaticMessageSource;

/** Country names and codes as officers type them, read back as ISO 3166 alpha-2 codes; what names no single country names none. */
class CountryNamesTest {

    private static final CountryNames COUNTRIES = countries();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Campuchia, KH", "CAMPUCHIA, KH", "Cambodia, KH", "KHM, KH", "Myanmar, MM", "Miến Điện, MM",
            "Trung Quốc, CN", "'Hồng Kông (Trung Quốc)', HK", "Hong Kong SAR China, HK", "Đài Loan, TW",
            "Hàn Quốc, KR", "Triều Tiên, KP", "Côte d'Ivoire, CI", "VI, VI"})
    void readsANameOrCodeAsTheAlpha2Code(String typed, String code) {
        assertThat(COUNTRIES.code(typed)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Congo", "Campuchiaa", "Cam", "XX", "", "  "})
    void namesNoCountryWhenItNamesNoneOrSeveral(String typed) {
        assertThat(COUNTRIES.code(typed)).isEmpty();
    }

    @Test
    void everyCountrysNameInEitherLanguageReadsBackAsItsCode() {
        for (Locale language : new Locale[] {Locale.of("vi"), Locale.ENGLISH}) {
            assertThat(COUNTRIES.choices(language)).allSatisfy(choice ->
                    assertThat(COUNTRIES.code(choice.name())).as(choice.name()).contains(choice.code()));
        }
    }

    @Test
    void aBundleNameComesBeforeTheJdksAndWhatIsNoCountryStaysAsItIs() {
        assertThat(COUNTRIES.of("HK", Locale.of("vi"))).isEqualTo("Hồng Kông (Trung Quốc)");
        assertThat(COUNTRIES.of("KH", Locale.of("vi"))).isEqualTo("Campuchia");
        assertThat(COUNTRIES.of("ASEAN", Locale.ENGLISH)).isEqualTo("ASEAN");
    }

    private static CountryNames countries() {
        var messages = new StaticMessageSource();
        messages.addMessage("platform.country.HK", Locale.of("vi"), "Hồng Kông (Trung Quốc)");
        return new CountryNames(messages);
    }
}
