package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small watchlist with Vietnamese, Chinese, Russian and English names, shared by the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Watchlist watchlist() {
        return new Watchlist(entries());
    }

    static List<WatchlistEntry> entries() {
        return List.of(
                new WatchlistEntry("p1", "t", EntryType.PERSON, List.of("Nguyễn Văn Hùng"), "VN", "1975-03-02", List.of()),
                WatchlistEntry.of("p2", EntryType.PERSON, "Nguyễn Văn Minh"),
                WatchlistEntry.of("p3", EntryType.PERSON, "Trần Thị Thu Hà"),
                WatchlistEntry.of("p4", EntryType.PERSON, "王建国"),
                WatchlistEntry.of("p5", EntryType.PERSON, "Lê Đức Thọ", "Phan Đình Khải"),
                WatchlistEntry.of("p6", EntryType.PERSON, "Zhou Xiaoming"),
                WatchlistEntry.of("p7", EntryType.PERSON, "Abdul Rahman Al-Qasimi"),
                WatchlistEntry.of("o1", EntryType.ORGANISATION, "Công ty TNHH Hoàng Long"),
                WatchlistEntry.of("o2", EntryType.ORGANISATION, "Minh Phat Trading Co., Ltd"),
                WatchlistEntry.of("o3", EntryType.ORGANISATION, "ООО Сибирская Нефть"),
                WatchlistEntry.of("o4", EntryType.ORGANISATION, "Công ty Cổ phần Sao Bắc"),
                WatchlistEntry.of("o5", EntryType.ORGANISATION, "Thai Binh Shipping LLC"),
                WatchlistEntry.of("o6", EntryType.ORGANISATION, "Pacific Ocean International Trading Ltd"),
                WatchlistEntry.of("o7", EntryType.ORGANISATION, "东方海运有限公司"),
                new WatchlistEntry("v1", "t", EntryType.VESSEL, List.of("Ocean Star"), "PA", null,
                        List.of(Identifier.imo("9074729"))));
    }

    /** A watchlist of persons from pairs of id and name: {@code persons("p1", "Nguyễn Văn Hùng", "p2", …)}. */
    static Watchlist persons(String... idsAndNames) {
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i + 1 < idsAndNames.length; i += 2) {
            entries.add(WatchlistEntry.of(idsAndNames[i], EntryType.PERSON, idsAndNames[i + 1]));
        }
        return new Watchlist(entries);
    }

    /** The best hit for the query at the default threshold, asserted to be the expected entry's. */
    static Hit firstHit(Watchlist list, String query, String expectedId) {
        List<Hit> hits = list.screen(ScreeningQuery.of(query));
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.getFirst().entry().id()).as(query + ": " + hits).isEqualTo(expectedId);
        return hits.getFirst();
    }

    /** The repository's parent holds shared/reference; walk up from the working directory to find it. */
    static Path sharedSanctions() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/sanctions");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
