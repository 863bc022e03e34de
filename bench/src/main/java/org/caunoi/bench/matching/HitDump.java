package org.caunoi.bench.matching;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.caunoi.matching.Hit;
import org.caunoi.matching.LoadMode;
import org.caunoi.matching.ScreeningQuery;
import org.caunoi.matching.Watchlist;
import org.caunoi.matching.WatchlistEntry;
import org.caunoi.matching.WatchlistLoader;

/**
 * Every hit of every OFAC alias query against the OFAC + UN lists, one line each, so that a change
 * meant to leave matching as it was can be checked hit by hit: dump before and after, then
 * {@code cmp} the two files. Threshold 0.5 and top 10, lower and wider than the defaults, so that
 * a change in scores shows even where it would not reach an officer. A line holds the query's
 * number and text, the rank, the entry's key, the score as {@link Double#toString} (every bit of
 * it), the matched name, the explanation, and each reason's kind and similarity in full.
 *
 * <pre>java -Xmx1g -cp bench/target/caunoi-bench.jar org.caunoi.bench.matching.HitDump ../shared/reference/sanctions /tmp/hits.txt</pre>
 */
public final class HitDump {

    static final double THRESHOLD = 0.5;
    static final int TOP = 10;

    private HitDump() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/reference/sanctions");
        Path out = Path.of(args.length > 1 ? args[1] : "hits.txt");
        List<WatchlistEntry> entries = new ArrayList<>(WatchlistLoader.ofac(folder, LoadMode.STRICT).entries());
        entries.addAll(WatchlistLoader.unXml(folder.resolve("un-consolidated.xml"), LoadMode.STRICT).entries());
        Watchlist watchlist = new Watchlist(entries);
        List<OfacData.Alias> aliases = OfacData.read(folder).aliases();
        int hitCount = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int q = 0; q < aliases.size(); q++) {
                String name = aliases.get(q).name();
                List<Hit> hits = watchlist.screen(ScreeningQuery.of(name), THRESHOLD, TOP);
                for (int rank = 0; rank < hits.size(); rank++) {
                    Hit hit = hits.get(rank);
                    String reasons = hit.reasons().stream().map(r -> r.kind() + "=" + r.similarity())
                            .collect(Collectors.joining(","));
                    writer.write(String.join("\t", String.valueOf(q), name, String.valueOf(rank + 1), hit.entry().key(),
                            Double.toString(hit.score()), hit.matchedName(), hit.explanation(), reasons));
                    writer.newLine();
                }
                hitCount += hits.size();
            }
        }
        System.out.printf("%d queries, %d hits written to %s%n", aliases.size(), hitCount, out);
    }
}
