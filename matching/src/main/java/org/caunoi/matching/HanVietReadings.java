package org.caunoi.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Vietnamese (Hán-Việt) reading of Han characters: first the project's own table of name
 * characters ({@code han-viet-names.tsv}), then the Unihan kVietnamese field turned into
 * {@code han-viet.tsv} by bench's HanVietTableGenerator, which lacks many common name characters
 * or gives them a Nôm reading; ICU has no such transliterator.
 */
final class HanVietReadings {

    private static final Map<Integer, List<String>> NAMES = loadNames();
    private static final Map<Integer, List<String>> READINGS = load();

    private HanVietReadings() {
    }

    /** The readings with their diacritics ("nguyễn"), or null when Unihan has none. */
    static List<String> readings(int codePoint) {
        List<String> reading = NAMES.get(codePoint);
        if (reading != null) {
            return reading;
        }
        // both tables cover mostly traditional forms; mainland names are written simplified
        int traditional = TextFolding.traditional(codePoint);
        reading = NAMES.get(traditional);
        if (reading == null) {
            reading = READINGS.get(codePoint);
        }
        if (reading == null && traditional != codePoint) {
            reading = READINGS.get(traditional);
        }
        return reading;
    }

    /** The readings of the project's name table alone, null for a character it does not hold. */
    static List<String> nameReadings(int codePoint) {
        return NAMES.get(codePoint);
    }

    /** The characters of the project's name table. */
    static java.util.Set<Integer> nameCharacters() {
        return NAMES.keySet();
    }

    static int nameCharacterCount() {
        return NAMES.size();
    }

    /**
     * One line per character: the character with its other forms written together (黃黄), a tab,
     * its readings; a character on two lines gets the readings of both, the first line's first.
     */
    private static Map<Integer, List<String>> loadNames() {
        Map<Integer, List<String>> readings = new HashMap<>(2_048);
        for (String line : lines("han-viet-names.tsv")) {
            int tab = line.indexOf('\t');
            List<String> values = List.of(line.substring(tab + 1).strip().split(","));
            line.substring(0, tab).codePoints().forEach(cp -> readings.merge(cp, values,
                    (old, added) -> java.util.stream.Stream.concat(old.stream(), added.stream()).distinct().toList()));
        }
        return Map.copyOf(readings);
    }

    static int size() {
        return READINGS.size();
    }

    private static Map<Integer, List<String>> load() {
        Map<Integer, List<String>> readings = new HashMap<>(16_384);
        for (String line : lines("han-viet.tsv")) {
            int tab = line.indexOf('\t');
            readings.put(Integer.parseInt(line.substring(0, tab), 16), List.of(line.substring(tab + 1).split(",")));
        }
        return Map.copyOf(readings);
    }

    /** The resource's lines, without blank lines and # comments. */
    private static List<String> lines(String resource) {
        var stream = HanVietReadings.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
