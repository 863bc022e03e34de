package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Words more names hold than {@link Screener#FREQUENT} only raise names the query's rarer words
 * found: the person must still be found among tens of thousands sharing family and middle names.
 */
class FrequentWordsTest {

    private static final String[] GIVEN = {"Hùng", "Dũng", "Nam", "Hải", "Tuấn", "Long", "Quân", "Huy", "Minh", "Sơn", "Tùng",
            "Bình", "Cường", "Đạt", "Khánh", "Phúc", "Quang", "Tâm", "Thành", "Trung"};

    private static Watchlist watchlist;

    @BeforeAll
    static void manyPersonsSharingFamilyAndMiddleNames() {
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2 * Screener.FREQUENT; i++) {
            entries.add(WatchlistEntry.of("n" + i, EntryType.PERSON, "Nguyễn Văn " + GIVEN[i % GIVEN.length]));
        }
        for (int i = 0; i < Screener.FREQUENT + 1; i++) {
            entries.add(WatchlistEntry.of("t" + i, EntryType.PERSON, "Trần Thị Hùng"));
        }
        entries.add(WatchlistEntry.of("target", EntryType.PERSON, "Nguyễn Văn Khiêm"));
        entries.add(WatchlistEntry.of("other", EntryType.PERSON, "Lê Thị Khiêm"));
        watchlist = new Watchlist(entries);
    }

    @Test
    void findsThePersonAmongTensOfThousandsSharingFamilyAndMiddleName() {
        assertThat(topIds("Nguyen Van Khiem")).first().isEqualTo("target");
        assertThat(topIds("Khiêm Nguyễn Văn")).first().isEqualTo("target");
    }

    @Test
    void findsThePersonWhenTheRareWordIsMisspelt() {
        assertThat(topIds("Nguyễn Văn Khiemm")).first().isEqualTo("target");
    }

    @Test
    void findsThePersonWhenTheMiddleNameIsDropped() {
        assertThat(topIds("Nguyễn Khiêm")).first().isEqualTo("target");
    }

    @Test
    void aQueryOfFrequentWordsOnlyStillFindsTheNamesHoldingThemAll() {
        List<Hit> hits = watchlist.screen(ScreeningQuery.of("Nguyễn Văn Hùng"));
        assertThat(hits).hasSize(Watchlist.DEFAULT_TOP)
                .allSatisfy(h -> assertThat(h.entry().primaryName()).isEqualTo("Nguyễn Văn Hùng"))
                .allSatisfy(h -> assertThat(h.score()).isEqualTo(1.0));
    }

    @Test
    void entriesSharingANameShareOneAnalysisOfIt() {
        PreparedNames names = new PreparedNames();
        PreparedEntry a = PreparedEntry.of(WatchlistEntry.of("a", EntryType.PERSON, "Nguyễn Văn Hùng"), names);
        PreparedEntry b = PreparedEntry.of(WatchlistEntry.of("b", EntryType.PERSON, "Nguyễn Văn Hùng"), names);
        PreparedEntry c = PreparedEntry.of(WatchlistEntry.of("c", EntryType.PERSON, "Nguyễn Thị Lan"), names);
        assertThat(b.names().getFirst()).isSameAs(a.names().getFirst());
        assertThat(c.names().getFirst().variant().words().getFirst()).isSameAs(a.names().getFirst().variant().words().getFirst());
    }

    private static List<String> topIds(String name) {
        return watchlist.screen(ScreeningQuery.of(name)).stream().map(h -> h.entry().id()).toList();
    }
}
