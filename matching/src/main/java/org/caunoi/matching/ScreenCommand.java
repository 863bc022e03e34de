package org.caunoi.matching;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The {@code screen} command line: loads the lists, screens a CSV of names and writes ranked,
 * explained hits as CSV. Exit status 0 on success, 1 on bad input (message names file and line),
 * 2 on bad usage.
 */
public final class ScreenCommand {

    static final String USAGE = """
            usage: java -jar caunoi-matching.jar screen --list ofac:DIR|un:FILE|csv:FILE [--list ...]
                   --in queries.csv --out hits.csv [--threshold T] [--top K] [--lenient]
              queries.csv: id,name[,type,country,dob,identifier] (header optional)
              hits.csv:    query_id,rank,entry_id,list,score,matched_name,explanation""";

    private ScreenCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream err) {
        List<String> lists = new ArrayList<>();
        Path in = null;
        Path out = null;
        double threshold = Watchlist.DEFAULT_THRESHOLD;
        int top = Watchlist.DEFAULT_TOP;
        LoadMode mode = LoadMode.STRICT;
        try {
            if (args.length == 0 || !args[0].equals("screen")) {
                throw new IllegalArgumentException("the only command is 'screen'");
            }
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--list" -> lists.add(args[++i]);
                    case "--in" -> in = Path.of(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                    case "--top" -> top = Integer.parseInt(args[++i]);
                    case "--lenient" -> mode = LoadMode.LENIENT;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (lists.isEmpty() || in == null || out == null) {
                throw new IllegalArgumentException("--list, --in and --out are required");
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            err.println("error: " + (e instanceof ArrayIndexOutOfBoundsException ? "option without value" : e.getMessage()));
            err.println(USAGE);
            return 2;
        }
        try {
            Watchlist watchlist = new Watchlist();
            long start = System.nanoTime();
            for (String spec : lists) {
                LoadResult result = WatchlistLoader.load(spec, mode);
                result.problems().forEach(p -> err.println("skipped " + p));
                watchlist.addAll(result.entries());
                err.printf(Locale.ROOT, "loaded %s: %d entries%n", spec, result.entries().size());
            }
            err.printf(Locale.ROOT, "watchlist ready: %d entries in %.1f s%n", watchlist.size(), (System.nanoTime() - start) / 1e9);
            List<QueryRow> queries = readQueries(in, mode, err);
            int hits = screenAll(watchlist, queries, out, threshold, top, err);
            err.printf(Locale.ROOT, "screened %d names: %d hits at threshold %.2f in %s%n", queries.size(), hits, threshold, out);
            return 0;
        } catch (WatchlistLoadException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    record QueryRow(String id, ScreeningQuery query) {
    }

    static List<QueryRow> readQueries(Path file, LoadMode mode, PrintStream err) {
        ProblemLog log = new ProblemLog(mode);
        List<QueryRow> queries = new ArrayList<>();
        List<CsvRows.Row> rows = CsvRows.read(file, false, log);
        for (CsvRows.Row row : rows) {
            if (row.line() == 1 && row.get(0).strip().equalsIgnoreCase("id")) {
                continue;
            }
            if (row.values().size() < 2 || row.values().size() > 6 || row.get(0).isBlank() || row.get(1).isBlank()) {
                log.report(file.toString(), row.line(), "expected id,name[,type,country,dob,identifier]");
                continue;
            }
            try {
                List<Identifier> identifiers = row.get(5).isBlank() ? List.of() : List.of(Identifier.parse(row.get(5)));
                queries.add(new QueryRow(row.get(0).strip(), new ScreeningQuery(row.get(1), EntryType.parse(row.get(2)),
                        blankToNull(row.get(3)), blankToNull(row.get(4)), identifiers)));
            } catch (IllegalArgumentException e) {
                log.report(file.toString(), row.line(), e.getMessage());
            }
        }
        LoadResult result = log.result(List.of());
        result.problems().forEach(p -> err.println("skipped " + p));
        return queries;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int screenAll(Watchlist watchlist, List<QueryRow> queries, Path out, double threshold, int top,
                                 PrintStream err) throws IOException {
        @SuppressWarnings("unchecked")
        List<Hit>[] results = new List[queries.size()];
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long[] lastReport = {start};
        IntStream.range(0, queries.size()).parallel().forEach(i -> {
            results[i] = watchlist.screen(queries.get(i).query(), threshold, top);
            int n = done.incrementAndGet();
            if (n % 10_000 == 0) {
                synchronized (lastReport) {
                    long now = System.nanoTime();
                    err.printf(Locale.ROOT, "screened %d/%d (%.0f names/s)%n", n, queries.size(), n / ((now - start) / 1e9));
                    lastReport[0] = now;
                }
            }
        });
        int hitCount = 0;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader("query_id", "rank", "entry_id", "list", "score", "matched_name", "explanation").get();
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (int i = 0; i < results.length; i++) {
                int rank = 1;
                for (Hit hit : results[i]) {
                    printer.printRecord(queries.get(i).id(), rank++, hit.entry().id(), hit.entry().list(),
                            String.format(Locale.ROOT, "%.3f", hit.score()), hit.matchedName(), hit.explanation());
                    hitCount++;
                }
            }
        }
        return hitCount;
    }
}
