package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchlistLiveUpdateTest {

    @Test
    void addedEntryIsSeenByTheNextQuery() {
        Watchlist list = Fixtures.watchlist();
        ScreeningQuery query = ScreeningQuery.of("Bùi Quang Khánh");
        assertThat(list.screen(query)).isEmpty();
        list.add(WatchlistEntry.of("p9", EntryType.PERSON, "Bui Quang Khanh"));
        assertThat(list.screen(query)).extracting(h -> h.entry().id()).containsExactly("p9");
    }

    @Test
    void removedEntryIsGoneForTheNextQuery() {
        Watchlist list = Fixtures.watchlist();
        assertThat(list.remove("p3")).isTrue();
        assertThat(list.screen(ScreeningQuery.of("Tran Thi Thu Ha"))).isEmpty();
    }

    /** The OFAC-sized list the updates below go beside: large enough that they do not rebuild its index. */
    private static Watchlist large() {
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            entries.add(WatchlistEntry.of("x" + i, EntryType.PERSON, "Person" + Integer.toString(i, 26).replace('0', 'q') + " Filler"));
        }
        entries.add(WatchlistEntry.of("p1", EntryType.PERSON, "Nguyễn Văn Hùng"));
        entries.add(new WatchlistEntry("c1", "enforcement", EntryType.ORGANISATION, List.of("Công ty TNHH Hoàng Long"), null, null, null));
        return new Watchlist(entries);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            added          | Bùi Quang Khánh      | Bui Quang Khanh      | p9
            changed        | Nguyễn Văn Hùng      | Nguyen Van Hung      | p1
            """)
    void anUpdateIsSeenByTheNextQueryWithoutRebuildingTheIndex(String kind, String name, String query, String id) {
        Watchlist list = large();
        list.add(WatchlistEntry.of(id, EntryType.PERSON, name, "Bùi Quang Khải"));
        assertThat(list.pendingUpdates()).as("kept beside the index, not rebuilt into it").isEqualTo(1);
        List<Hit> hits = list.screen(ScreeningQuery.of(query));
        assertThat(hits).extracting(h -> h.entry().id()).containsExactly(id);
        assertThat(hits.getFirst().entry().names()).contains("Bùi Quang Khải");
        assertThat(list.screen(ScreeningQuery.of("Bui Quang Khai"))).extracting(h -> h.entry().id()).containsExactly(id);
    }

    @Test
    void aChangedNameNoLongerFindsTheEntryByItsOldName() {
        Watchlist list = large();
        list.add(new WatchlistEntry("c1", "enforcement", EntryType.ORGANISATION, List.of("Công ty TNHH Minh Châu"), null, null, null));
        assertThat(list.screen(ScreeningQuery.of("Hoang Long Co Ltd"))).isEmpty();
        assertThat(list.screen(ScreeningQuery.of("Minh Chau Co Ltd"))).extracting(h -> h.entry().key()).containsExactly("enforcement:c1");
        assertThat(list.size()).isEqualTo(2_002);
    }

    @Test
    void aRemovedEntryIsNoLongerHitWhetherInTheIndexOrAnUpdate() {
        Watchlist list = large();
        list.add(WatchlistEntry.of("p9", EntryType.PERSON, "Bùi Quang Khánh"));
        assertThat(list.remove("p1")).isTrue();
        assertThat(list.remove("p9")).isTrue();
        assertThat(list.remove("p9")).isFalse();
        assertThat(list.screen(ScreeningQuery.of("Nguyen Van Hung"))).isEmpty();
        assertThat(list.screen(ScreeningQuery.of("Bui Quang Khanh"))).isEmpty();
        assertThat(list.size()).isEqualTo(2_000 + 1);
    }

    /** Leave-one-out screening (the linkage benchmark's all-names protocol) takes an entry out and puts it back per query. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            removed and put back          | p1 |                 | Nguyễn Văn Hùng | Nguyen Van Hung
            changed and changed back      | p1 | Nguyễn Văn Khánh | Nguyễn Văn Hùng | Nguyen Van Hung
            removed and put back, listed  | c1 |                 | Công ty TNHH Hoàng Long | Hoang Long Co Ltd
            """)
    void anEntryPutBackAsItWasIsHitAsBeforeWithoutGoingToTheUpdates(String kind, String id, String between, String name, String query) {
        Watchlist list = large();
        Hit before = list.screen(ScreeningQuery.of(query)).getFirst();
        WatchlistEntry original = before.entry();
        if (between == null) {
            assertThat(list.remove(original.key())).isTrue();
        } else {
            list.add(WatchlistEntry.of(id, EntryType.PERSON, between));
        }
        assertThat(list.screen(ScreeningQuery.of(query))).as("gone while out").isEmpty();
        list.add(new WatchlistEntry(id, original.list(), original.type(), List.of(name), null, null, List.of()));
        assertThat(list.pendingUpdates()).as("unmasked in the index, not indexed again").isZero();
        List<Hit> after = list.screen(ScreeningQuery.of(query));
        assertThat(after).extracting(h -> h.entry().key()).containsExactly(original.key());
        assertThat(after.getFirst().score()).isEqualTo(before.score());
        assertThat(list.size()).isEqualTo(2_002);
    }

    @Test
    void removedEntriesTakeNoCandidatePlaceFromTheEntriesLeft() {
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            entries.add(WatchlistEntry.of("x" + i, EntryType.PERSON, "Person" + Integer.toString(i, 26).replace('0', 'q') + " Filler"));
        }
        // more entries named exactly as the query than the screener scores candidates
        for (int i = 0; i <= Screener.CANDIDATES; i++) {
            entries.add(WatchlistEntry.of("same" + i, EntryType.PERSON, "Trần Văn Bình"));
        }
        entries.add(WatchlistEntry.of("longer", EntryType.PERSON, "Trần Văn Bình Minh"));
        Watchlist list = new Watchlist(entries);
        for (int i = 0; i <= Screener.CANDIDATES; i++) {
            assertThat(list.remove("same" + i)).isTrue();
        }
        assertThat(list.screen(ScreeningQuery.of("Tran Van Binh"), 0.3, 5)).extracting(h -> h.entry().id()).containsExactly("longer");
    }

    @Test
    void anEntryPutBackWithAnotherNameIsIndexedAsAnUpdate() {
        Watchlist list = large();
        assertThat(list.remove("p1")).isTrue();
        list.add(WatchlistEntry.of("p1", EntryType.PERSON, "Nguyễn Văn Hùng", "Nguyễn Hùng"));
        assertThat(list.pendingUpdates()).isEqualTo(1);
        assertThat(list.screen(ScreeningQuery.of("Nguyen Hung"))).extracting(h -> h.entry().id()).contains("p1");
    }

    @Test
    void manyUpdatesAreBuiltIntoTheIndexAndStillFound() {
        Watchlist list = large();
        for (int i = 0; i <= Watchlist.UPDATES_BEFORE_REBUILD; i++) {
            list.add(WatchlistEntry.of("u" + i, EntryType.PERSON, "Updated" + Integer.toString(i, 26).replace('0', 'q') + " Person"));
        }
        assertThat(list.pendingUpdates()).isZero();
        list.add(WatchlistEntry.of("p9", EntryType.PERSON, "Bùi Quang Khánh"));
        assertThat(list.screen(ScreeningQuery.of("Bui Quang Khanh"))).extracting(h -> h.entry().id()).containsExactly("p9");
        assertThat(list.screen(ScreeningQuery.of("Nguyen Van Hung"))).extracting(h -> h.entry().id()).containsExactly("p1");
        assertThat(list.size()).isEqualTo(2_002 + Watchlist.UPDATES_BEFORE_REBUILD + 2);
    }

    @Test
    void anUpdateScoresAsItWouldInTheRebuiltIndex() {
        Watchlist updated = large();
        updated.add(WatchlistEntry.of("p9", EntryType.PERSON, "Nguyễn Văn Khánh"));
        Watchlist rebuilt = large();
        rebuilt.add(WatchlistEntry.of("p9", EntryType.PERSON, "Nguyễn Văn Khánh"));
        rebuilt.rebuild();
        ScreeningQuery query = ScreeningQuery.of("Nguyen Van Khanh");
        assertThat(updated.screen(query, 0.3, 5)).extracting(Hit::score)
                .containsExactlyElementsOf(rebuilt.screen(query, 0.3, 5).stream().map(Hit::score).toList());
    }

    @Test
    void replacingAListSwapsItsEntriesAndLeavesOtherLists() {
        Watchlist list = Fixtures.watchlist();
        list.add(new WatchlistEntry("a", "partner", EntryType.PERSON, List.of("Đỗ Mạnh Cường"), null, null, null));
        list.replaceList("partner", List.of(
                new WatchlistEntry("b", "partner", EntryType.PERSON, List.of("Vũ Thị Lan"), null, null, null)));
        assertThat(list.screen(ScreeningQuery.of("Do Manh Cuong"))).isEmpty();
        assertThat(list.screen(ScreeningQuery.of("Vu Thi Lan"))).extracting(h -> h.entry().key()).containsExactly("partner:b");
        assertThat(list.screen(ScreeningQuery.of("Nguyen Van Hung"))).isNotEmpty();
    }

    @Test
    void queriesRunningDuringUpdatesNeverFailAndSeeTheFinalState() throws Exception {
        Watchlist list = Fixtures.watchlist();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(pool.submit(() -> {
                    int queries = 0;
                    while (running.get()) {
                        assertThat(list.screen(ScreeningQuery.of("Nguyen Van Hung"))).isNotEmpty();
                        queries++;
                    }
                    return queries;
                }));
            }
            for (int i = 0; i < 200; i++) {
                list.add(WatchlistEntry.of("n" + i, EntryType.PERSON, "Name Number " + i + " Pham"));
            }
            running.set(false);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get()).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(list.size()).isEqualTo(15 + 200);
    }
}
