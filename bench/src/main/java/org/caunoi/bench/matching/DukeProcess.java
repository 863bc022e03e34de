package org.caunoi.bench.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs Duke 1.2 ({@code bench-duke}'s jar) in a child JVM over the same primaries and aliases: its
 * Lucene 4 cannot share our class path with Lucene 10. The child gets the names as files and
 * answers with the best primary and Duke's probability per alias, in alias order. Under the
 * all-names protocol it gets the same name records our matcher indexes, each alias with the id of
 * its own record, which the child leaves out of the candidates, and answers with the best entity.
 */
final class DukeProcess {

    static final Path DEFAULT_JAR = Path.of("bench-duke/target/caunoi-bench-duke.jar");

    private DukeProcess() {
    }

    /**
     * Duke's outcome per alias, scored like ours; the child's timing line goes to stderr. With
     * {@code names} (the all-names protocol) Duke indexes those records, not the primaries.
     */
    static LinkageScores run(Path jar, String config, OfacData data, NameRecords names) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -q -DskipTests package, or pass --no-duke");
        }
        Path dir = Files.createTempDirectory("caunoi-duke");
        try {
            Path primaries = dir.resolve("primaries.tsv");
            Path aliases = dir.resolve("aliases.txt");
            List<String> primaryLines = new ArrayList<>();
            List<String> aliasLines = new ArrayList<>();
            if (names == null) {
                for (Map.Entry<String, org.caunoi.matching.WatchlistEntry> e : data.primaries().entrySet()) {
                    primaryLines.add(e.getKey() + "\t" + oneLine(e.getValue().primaryName()));
                }
                data.aliases().forEach(a -> aliasLines.add(oneLine(a.name())));
            } else {
                // the id column is the record's, whose entity is the part before the last '#'
                names.records().forEach(r -> primaryLines.add(r.id() + "\t" + oneLine(r.name())));
                for (int i = 0; i < data.aliases().size(); i++) {
                    aliasLines.add(names.ownRecords().get(i) + "\t" + oneLine(data.aliases().get(i).name()));
                }
            }
            Files.write(primaries, primaryLines, StandardCharsets.UTF_8);
            Files.write(aliases, aliasLines, StandardCharsets.UTF_8);

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-jar", jar.toString(), primaries.toString(), aliases.toString(), config));
            if (names != null) {
                command.add("--leave-one-out");
            }
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            LinkageScores scores = new LinkageScores();
            int i = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; i++) {
                    String[] f = line.split("\t", -1);
                    OfacData.Alias alias = data.aliases().get(i);
                    double score = Double.parseDouble(f[1]);
                    scores.add(score, f[0].equals(alias.entityId()), alias, f[0]);
                }
            }
            int exit = child.waitFor();
            if (exit != 0 || i != data.aliases().size()) {
                throw new IllegalStateException("Duke child exited " + exit + " after " + i + " of " + data.aliases().size() + " aliases");
            }
            return scores;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static String oneLine(String name) {
        return name.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
