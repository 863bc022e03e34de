package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HanVietReadingTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            张伟     | Trương Vĩ
            張偉     | Trương Vĩ
            陈 小明  | Trần Tiểu Minh
            阮文雄   | Nguyễn Văn Hùng
            黄 David | Hoàng David""")
    void aNameInHanCharactersReadsAsAVietnameseOfficerReadsIt(String name, String reading) {
        assertThat(HanVietReading.of(name)).contains(reading);
    }

    @Test
    void aNameWithoutHanCharactersHasNoReading() {
        assertThat(HanVietReading.of("Zhang Wei")).isEmpty();
        assertThat(HanVietReading.of("Nguyễn Văn Hùng")).isEmpty();
        assertThat(HanVietReading.of("")).isEmpty();
    }
}
