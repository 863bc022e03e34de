package org.caunoi.hub.platform.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A decimal cell is read the way it was written, with a decimal point or a Vietnamese decimal comma. */
class DecimalCellsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12.5       | 12.5
            12,5       | 12.5
            1.234,5    | 1234.5
            1,234.5    | 1234.5
            1 234,5    | 1234.5
            627000     | 627000
            -3         | -3
            """)
    void readsEitherDecimalMark(String written, String value) {
        assertThat(TableRow.parseDecimal(written)).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3,2,1", "abc", "12.5kg"})
    void refusesWhatIsNoNumber(String written) {
        assertThatThrownBy(() -> TableRow.parseDecimal(written)).isInstanceOf(NumberFormatException.class);
    }
}
