package org.caunoi.bench.duke;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.JaroWinklerTokenized;
import no.priv.garshol.duke.comparators.QGramComparator;
import no.priv.garshol.duke.databases.LuceneDatabase;

/**
 * Duke 1.2 linking each alias to its best primary name, for the OFAC linkage benchmark, which
 * runs this in a JVM of its own (Duke's Lucene 4 and our Lucene 10 cannot share a class path).
 *
 * <p>Reads {@code primaries.tsv} ({@code id<TAB>name}) and {@code aliases.txt} (one name a line),
 * writes one line per alias to stdout: the best primary's id and Duke's probability, or an empty
 * id and {@code NaN} when Duke finds no candidate. Duke's own candidate search (its Lucene
 * database) and its own Bayesian combination of property probabilities decide; the benchmark
 * applies thresholds afterwards.
 *
 * <p>With {@code --leave-one-out} (the all-names protocol) the first file holds one record per name
 * of an entity, its id {@code entity#n}, and each alias line is {@code ownRecordId<TAB>name}: the
 * candidate with the query's own record id is set aside, so Duke screens each alias against every
 * other name, and the answer is the entity of the best record (the best over its names). Duke then
 * takes 101 candidates from Lucene, so that 100 remain once its own is set aside.
 *
 * <pre>java -jar bench-duke/target/caunoi-bench-duke.jar primaries.tsv aliases.txt [config] [--leave-one-out]</pre>
 */
public final class DukeLinker {

    /**
     * The configurations tried: a tokenised Jaro-Winkler on the name plus the name again under a
     * bigram Dice comparator (the configuration issue #10 cites), with the probabilities Duke's
     * examples use and a stricter and a looser variant.
     */
    private static final Map<String, double[]> CONFIGS = Map.of(
            // {name low, name high, bigram low, bigram high}
            "standard", new double[] {0.1, 0.9, 0.3, 0.7},
            "strict", new double[] {0.05, 0.95, 0.2, 0.8},
            "loose", new double[] {0.2, 0.8, 0.4, 0.6});

    private DukeLinker() {
    }

    public static void main(String[] args) throws IOException {
        Path primaries = Path.of(args[0]);
        Path aliases = Path.of(args[1]);
        String configName = args.length > 2 ? args[2] : "standard";
        boolean leaveOneOut = List.of(args).contains("--leave-one-out");
        double[] p = CONFIGS.get(configName);
        if (p == null) {
            throw new IllegalArgumentException("unknown config " + configName + "; known: " + CONFIGS.keySet());
        }

        PropertyImpl id = new PropertyImpl("ID");
        PropertyImpl name = new PropertyImpl("NAME", new JaroWinklerTokenized(), p[0], p[1]);
        name.setLookupBehaviour(Property.Lookup.TRUE);
        QGramComparator bigrams = new QGramComparator();
        bigrams.setQ(2);
        bigrams.setFormula(QGramComparator.Formula.DICE);
        PropertyImpl name2 = new PropertyImpl("NAME2", bigrams, p[2], p[3]);
        name2.setLookupBehaviour(Property.Lookup.FALSE);
        ConfigurationImpl config = new ConfigurationImpl();
        config.setProperties(List.of(id, name, name2));
        config.setThreshold(0.0);

        LuceneDatabase database = new LuceneDatabase();
        // candidates by Lucene relevance; Duke compares each in full, so this bounds its work per query
        database.setMaxSearchHits(leaveOneOut ? 101 : 100);
        database.setConfiguration(config);
        database.setOverwrite(true);
        Processor processor = new Processor(config, database);
        Cleaner cleaner = new LowerCaseNormalizeCleaner();

        long start = System.nanoTime();
        int indexed = 0;
        try (BufferedReader in = Files.newBufferedReader(primaries, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                database.index(record(line.substring(0, tab), cleaner.clean(line.substring(tab + 1))));
                indexed++;
            }
        }
        database.commit();
        double indexSeconds = (System.nanoTime() - start) / 1e9;

        List<String> queries = Files.readAllLines(aliases, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        start = System.nanoTime();
        for (int i = 0; i < queries.size(); i++) {
            String line = queries.get(i);
            int tab = leaveOneOut ? line.indexOf('\t') : -1;
            String own = leaveOneOut ? line.substring(0, tab) : null;
            Record query = record("q" + i, cleaner.clean(line.substring(tab + 1)));
            String bestId = "";
            double best = Double.NaN;
            Collection<Record> candidates = query.getValue("NAME") == null ? List.of() : database.findCandidateMatches(query);
            for (Record candidate : candidates) {
                if (candidate.getValue("ID").equals(own)) {
                    continue;
                }
                double s = processor.compare(query, candidate);
                if (Double.isNaN(best) || s > best) {
                    best = s;
                    bestId = candidate.getValue("ID");
                }
            }
            if (leaveOneOut && !bestId.isEmpty()) {
                bestId = bestId.substring(0, bestId.lastIndexOf('#'));
            }
            out.printf(Locale.ROOT, "%s\t%s%n", bestId, Double.isNaN(best) ? "NaN" : Double.toString(best));
        }
        out.flush();
        double querySeconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "duke %s: %d primaries indexed in %.1f s; %d queries in %.1f s (%.0f queries/s, one thread)%n",
                configName, indexed, indexSeconds, queries.size(), querySeconds, queries.size() / querySeconds);
        processor.close();
    }

    private static Record record(String id, String name) {
        RecordImpl record = new RecordImpl();
        record.addValue("ID", id);
        if (name != null && !name.isBlank()) {
            record.addValue("NAME", name);
            record.addValue("NAME2", name);
        }
        return record;
    }
}
