package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MiddleNameTest {

    private static final Watchlist PERSONS = Fixtures.persons(
            "m1", "Nguyễn Văn Hùng",
            "m2", "Trần Thị Thu Hà",
            "m3", "王小明",
            "m4", "Lê Đức Anh",
            "m5", "Phạm Minh Chính");

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Hùng    | m1 | Văn
            NGUYEN HUNG    | m1 | Văn
            Hung Nguyen    | m1 | Văn
            Trần Hà        | m2 | Thị
            Tran Thu Ha    | m2 | Thị
            王明            | m3 | 小
            Wang Ming      | m3 | 小
            Lê Anh         | m4 | Đức
            Pham Chinh     | m5 | Minh
            """)
    void aNameWithoutItsMiddleNameFindsTheFullName(String query, String expected, String missing) {
        Hit hit = Fixtures.firstHit(PERSONS, query, expected);
        assertThat(hit.explanation()).contains(missing + ": middle name missing");
        assertThat(hit.score()).isLessThan(0.95);
    }

    @Test
    void theFullNameRanksAboveOneWithoutItsMiddleName() {
        Watchlist list = Fixtures.persons("full", "Nguyễn Văn Hùng", "short", "Nguyễn Hùng");
        List<Hit> hits = list.screen(ScreeningQuery.of("Nguyen Hung"));
        assertThat(hits).extracting(h -> h.entry().id()).containsExactly("short", "full");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @ParameterizedTest(name = "\"{0}\" is another person")
    @CsvSource(textBlock = """
            Nguyễn Tài
            Nguyễn Văn
            Văn Hùng
            Trần Lan
            """)
    void aNameThatLeavesOutMoreThanTheMiddleNameIsNotFound(String query) {
        assertThat(PERSONS.screen(ScreeningQuery.of(query))).isEmpty();
    }
}
