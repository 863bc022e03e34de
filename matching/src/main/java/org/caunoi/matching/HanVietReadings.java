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
 * The Vietnamese (Hán-Việt) reading of Han characters, from the Unihan kVietnamese field turned
 * into {@code han-viet.tsv} by bench's HanVietTableGenerator; ICU has no such transliterator.
 */
final class HanVietReadings {

    private static final Map<Integer, List<String>> READINGS = load();

    private HanVietReadings() {
    }

    /** The readings with their diacritics ("nguyễn"), or null when Unihan has none. */
    static List<String> readings(int codePoint) {
        List<String> reading = READINGS.get(codePoint);
        if (reading == null) {
            // kVietnamese covers mostly traditional forms; mainland names are written simplified
            int traditional = TextFolding.traditional(codePoint);
            reading = traditional == codePoint ? null : READINGS.get(traditional);
        }
        return reading;
    }

    static int size() {
        return READINGS.size();
    }

    private static Map<Integer, List<String>> load() {
        var stream = HanVietReadings.class.getResourceAsStream("han-viet.tsv");
        if (stream == null) {
            throw new IllegalStateException("han-viet.tsv missing from the classpath");
        }
        Map<Integer, List<String>> readings = new HashMap<>(16_384);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                readings.put(Integer.parseInt(line.substring(0, tab), 16), List.of(line.substring(tab + 1).split(",")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(readings);
    }
}
