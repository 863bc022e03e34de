package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * A query's work arrays (as long as the index has names) are lent by the index and taken back, so a
 * server that runs each request on a new virtual thread makes no new set per query; and two queries
 * at once never share one.
 */
class ScratchReuseTest {

    private static final List<String> QUERIES = List.of("Nguyen Van Hung", "王建国", "Hoang Long Co Ltd", "Tran Thi Ha",
            "Zhou Xiao Ming", "Ocean Star", "Minh Phat Trading", "Le Duc Tho", "Sibirskaya Neft", "Nguyễn Hùng");

    @Test
    void aQueryOnANewThreadWorksInTheArraysTheLastQueryGaveBack() throws Exception {
        IndexSnapshot index = new IndexSnapshot(prepared(Fixtures.entries()));

        onANewVirtualThread(() -> Screener.screen(index, ScreeningQuery.of("Nguyen Van Hung"), 0.7, 5));
        assertThat(index.spareScratch).hasSize(1);
        Screener.Scratch lent = index.spareScratch.peek();

        onANewVirtualThread(() -> Screener.screen(index, ScreeningQuery.of("Tran Thi Ha"), 0.7, 5));

        assertThat(index.spareScratch).singleElement().isSameAs(lent);
    }

    @Test
    void queriesAtTheSameTimeGiveWhatEachGivesAlone() throws Exception {
        Watchlist watchlist = Fixtures.watchlist();
        List<List<Hit>> alone = QUERIES.stream().map(query -> watchlist.screen(ScreeningQuery.of(query))).toList();

        try (var threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> rounds = new ArrayList<>();
            for (int round = 0; round < 64; round++) {
                int first = round;
                rounds.add(threads.submit(() -> {
                    boolean same = true;
                    for (int k = 0; k < 200; k++) {
                        int q = (first + k) % QUERIES.size();
                        same &= watchlist.screen(ScreeningQuery.of(QUERIES.get(q))).equals(alone.get(q));
                    }
                    return same;
                }));
            }
            for (Future<Boolean> round : rounds) {
                assertThat(round.get()).isTrue();
            }
        }
    }

    private static List<PreparedEntry> prepared(List<WatchlistEntry> entries) {
        PreparedNames names = new PreparedNames();
        return entries.stream().map(entry -> PreparedEntry.of(entry, names)).toList();
    }

    private static <T> void onANewVirtualThread(Callable<T> work) throws Exception {
        try (var thread = Executors.newVirtualThreadPerTaskExecutor()) {
            thread.submit(work).get();
        }
    }
}
