package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link Watchlist#mayFind} says "nothing" only for queries that screening finds nothing for at
 * any threshold, over every word window of texts naming listed persons and companies in many
 * spellings, against a main index and an index of updates beside it.
 */
class MayFindTest {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Quốc", "Minh", "Thanh", "Xuân", "Đức", "Ngọc"};
    private static final String[] GIVEN = {"Hùng", "Mai", "Tám", "Bảo", "Hoa", "Cường", "Long", "Hải", "Phong", "Lan"};
    private static final String[] ENGLISH = {"James Moore", "Susan Williams", "Thomas Clarke", "Mohammed Rahman"};
    private static final String[] COMPANIES = {"Công ty TNHH Thương mại Hoàng Long", "Golden Triangle Trading LLC",
        "Mekong Star Logistics Co., Ltd", "深圳华强贸易有限公司", "Sao Mai Import Export JSC"};

    private static final String TEXTS = """
            On 2 November officers of the Hai Phong port customs branch inspected container CSQU3054383 \
            unloaded from the vessel HAI PHONG STAR, declared as green tea from Laos in transit through Hong Kong.
            The goods were sent by Nguyen Van Hung and LE THI MAI to Trần Quốc Bảo, paid by Hung Nguyen Van \
            and Ngyuen Vna Hugn, received by 阮文雄 and 王小明, with Golden Triangle Trading and Hoang Long Trading.
            Thomas Clark and Mohamed Rahman of Mekong Star Logistics met Jmaes Moore; GTT and SMIE paid \
            Cong ty TNHH Thuong mai Hoang Long and 华强贸易 for the Sao Mai Import-Export shipment.
            Bùi Xuân Lan, Đỗ Ngọc Hoa, Vũ Đức Cường và Phạm Thanh Hải đã khai báo hàng hóa là chè xanh.
            """;

    @Test
    void aQueryMayFindSaysNothingForFindsNothingAtAnyThreshold() {
        Watchlist list = new Watchlist(entries(400, 1));
        list.add(WatchlistEntry.of("late", EntryType.PERSON, "Hồ Minh Phong"));
        assertThat(list.pendingUpdates()).as("an index of updates beside the main one").isEqualTo(1);

        int windows = 0;
        int ruledOut = 0;
        for (String phrase : windows(TEXTS)) {
            ScreeningQuery query = ScreeningQuery.of(phrase);
            windows++;
            if (!list.mayFind(query)) {
                ruledOut++;
                assertThat(list.screen(query, Double.MIN_VALUE, 10)).as(phrase).isEmpty();
            }
        }
        assertThat(ruledOut).as("windows ruled out without screening, of %d", windows).isGreaterThan(windows / 4);
    }

    @Test
    void namesTheListHoldsMayBeFoundHoweverWritten() {
        Watchlist list = new Watchlist(entries(400, 1));
        list.add(WatchlistEntry.of("late", EntryType.PERSON, "Hồ Minh Phong"));
        for (String name : List.of("Nguyen Van Hung", "Ngyuen Vna Hugn", "阮文雄", "Jmaes Moore", "GTT", "Ho Minh Phong",
                "hoang long trading")) {
            assertThat(list.mayFind(ScreeningQuery.of(name))).as(name).isTrue();
        }
        assertThat(list.mayFind(ScreeningQuery.of("zzqx wvvk"))).isFalse();
        assertThat(new Watchlist().mayFind(ScreeningQuery.of("Nguyen Van Hung"))).isFalse();
    }

    private static List<WatchlistEntry> entries(int count, long seed) {
        Random random = new Random(seed);
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String person = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
            entries.add(WatchlistEntry.of("p" + i, EntryType.PERSON, person));
        }
        for (int i = 0; i < ENGLISH.length; i++) {
            entries.add(WatchlistEntry.of("e" + i, EntryType.PERSON, ENGLISH[i]));
        }
        for (int i = 0; i < COMPANIES.length; i++) {
            entries.add(WatchlistEntry.of("c" + i, EntryType.ORGANISATION, COMPANIES[i]));
        }
        entries.add(WatchlistEntry.of("h0", EntryType.PERSON, "阮文雄"));
        entries.add(WatchlistEntry.of("h1", EntryType.PERSON, "王小明"));
        return entries;
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** Every run of one to four adjacent words, Han characters one by one as well as together. */
    private static List<String> windows(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher matcher = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+").matcher(text);
        while (matcher.find()) {
            words.add(new int[] {matcher.start(), matcher.end()});
        }
        List<String> windows = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int length = 1; length <= 4 && i + length <= words.size(); length++) {
                windows.add(text.substring(words.get(i)[0], words.get(i + length - 1)[1]));
            }
        }
        return windows;
    }
}
