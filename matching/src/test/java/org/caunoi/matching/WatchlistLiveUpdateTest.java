package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

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
