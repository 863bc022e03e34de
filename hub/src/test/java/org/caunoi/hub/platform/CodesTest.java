package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caunoi.hub.platform.problem.UnknownValueException;
import org.caunoi.hub.platform.tables.ImportChoice;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void writesAConstantInKebabCaseAndReadsEitherSpelling() {
        assertThat(Codes.of(ImportChoice.VALID_ROWS_ONLY)).isEqualTo("valid-rows-only");
        assertThat(Codes.ofNullable(null)).isNull();
        assertThat(Codes.parse(ImportChoice.class, "choice", " Valid-Rows-Only ")).isEqualTo(ImportChoice.VALID_ROWS_ONLY);
        assertThat(Codes.parse(ImportChoice.class, "choice", "ALL_OR_NOTHING")).isEqualTo(ImportChoice.ALL_OR_NOTHING);
    }

    @Test
    void anUnknownCodeNamesTheFieldAndTheValidCodes() {
        assertThatThrownBy(() -> Codes.parse(ImportChoice.class, "some-rows"))
                .isInstanceOfSatisfying(UnknownValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("importChoice");
                    assertThat(refused.value()).isEqualTo("some-rows");
                    assertThat(refused.validValues()).containsExactly("all-or-nothing", "valid-rows-only");
                    assertThat(refused.forField("choice").field()).isEqualTo("choice");
                });
    }
}
