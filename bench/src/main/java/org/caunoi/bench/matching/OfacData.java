package org.caunoi.bench.matching;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caunoi.matching.EntryType;
import org.caunoi.matching.WatchlistEntry;

/**
 * A list's primaries and aliases as the linkage benchmarks need them: every alias, keyed by entity.
 * Read from OFAC's CSV files here, from the UN's XML by {@link UnData}.
 */
record OfacData(Map<String, WatchlistEntry> primaries, List<Alias> aliases) {

    /**
     * One alias, what kind the list says it is (OFAC's {@code aka}/{@code fka}/{@code nka}, the UN's
     * quality {@code Good}/{@code Low}...) and whether it shares a word with its entity's primary name.
     */
    record Alias(String entityId, String name, String kind, boolean sharesWord) {

        Alias(String entityId, String name, String kind, String primaryName) {
            this(entityId, name, kind, !java.util.Collections.disjoint(words(name), words(primaryName)));
        }
    }

    static OfacData read(Path folder) throws IOException {
        Map<String, WatchlistEntry> primaries = new LinkedHashMap<>();
        for (CSVRecord r : records(folder.resolve("ofac-sdn.csv"), folder.resolve("sdn.csv"))) {
            if (r.size() < 12) {
                continue;
            }
            EntryType type = switch (r.get(2).strip()) {
                case "individual" -> EntryType.PERSON;
                case "vessel" -> EntryType.VESSEL;
                case "aircraft" -> EntryType.AIRCRAFT;
                default -> EntryType.ORGANISATION;
            };
            primaries.put(r.get(0), new WatchlistEntry(r.get(0), "ofac", type, List.of(r.get(1)), null, null, List.of()));
        }
        List<Alias> aliases = new ArrayList<>();
        for (CSVRecord r : records(folder.resolve("ofac-alt.csv"), folder.resolve("alt.csv"))) {
            if (r.size() < 5 || !primaries.containsKey(r.get(0))) {
                continue;
            }
            String name = r.get(3);
            aliases.add(new Alias(r.get(0), name, r.get(2).strip(), primaries.get(r.get(0)).primaryName()));
        }
        return new OfacData(primaries, aliases);
    }

    private static List<CSVRecord> records(Path preferred, Path fallback) throws IOException {
        Path file = Files.exists(preferred) ? preferred : fallback;
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(reader).getRecords()
                    .stream().filter(r -> r.size() > 1).toList();
        }
    }

    /** Upper-case words without diacritics: the naive notion of "sharing a word" the split uses. */
    static Set<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        return new HashSet<>(Arrays.asList(folded.split("[^A-Z0-9]+"))).stream().filter(w -> !w.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }
}
