package org.caunoi.hub.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Latin form of a name, taken word by word and remembered, is the one the whole name gives. */
class LatinNamesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Nguyễn Văn Hùng", "Đặng  Thị   Lan ", "阮文雄", "王 伟", "Công ty TNHH Thương mại Hoàng Long",
            "Golden Dragon 有限公司", "Иван Петрович Сидоров", "Ёлкин Юрий", "محمد بن علي", "김 민준", "สมชาย ใจดี",
            "Ελευθέριος Βενιζέλος", "O'Brien-Smith Jr.", "  "})
    void aNameWordByWordGivesTheSameLatinFormAsTheWholeName(String name) {
        assertThat(LatinNames.of(name)).isEqualTo(LatinNames.transliterated(name));
        assertThat(LatinNames.of(name)).as("asked again, from what was remembered").isEqualTo(LatinNames.transliterated(name));
    }
}
