package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MiddleNameTest {

    private static final Watchlist PERSONS = new Watchlist(List.of(
            WatchlistEntry.of("m1", EntryType.PERSON, "Nguyễn Văn Hùng"),
            WatchlistEntry.of("m2", EntryType.PERSON, "Trần Thị Thu Hà"),
            WatchlistEntry.of("m3", EntryType.PERSON, "王小明"),
            WatchlistEntry.of("m4", EntryType.PERSON, "Lê Đức Anh"),
            WatchlistEntry.of("m5", EntryType.PERSON, "Phạm Minh Chính")));

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
        List<Hit> hits = PERSONS.screen(ScreeningQuery.of(query));
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).isEqualTo(expected);
        assertThat(hits.getFirst().explanation()).contains(missing + ": middle name missing");
        assertThat(hits.getFirst().score()).isLessThan(0.95);
    }

    @Test
    void theFullNameRanksAboveOneWithoutItsMiddleName() {
        Watchlist list = new Watchlist(List.of(
                WatchlistEntry.of("full", EntryType.PERSON, "Nguyễn Văn Hùng"),
                WatchlistEntry.of("short", EntryType.PERSON, "Nguyễn Hùng")));
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
