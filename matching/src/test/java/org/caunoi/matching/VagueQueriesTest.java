package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VagueQueriesTest {

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Nguyễn             | COMMON_NAME
            NGUYEN             | COMMON_NAME
            '  trần  '         | COMMON_NAME
            Văn                | COMMON_NAME
            王                 | COMMON_NAME
            Wang               | COMMON_NAME
            Xy                 | TOO_SHORT
            鑫                 | TOO_SHORT
            Nguyễn Văn Hùng    | none
            Nguyễn Hùng        | none
            王小明              | none
            Okafor             | none
            PIONEER            | none
            ''                 | none
            """)
    void aLoneCommonOrShortWordIsTooVagueAndAFullNameIsNot(String query, VagueQueries.Vagueness expected) {
        assertThat(VagueQueries.of(query == null ? "" : query)).isEqualTo(Optional.ofNullable(expected));
    }
}
