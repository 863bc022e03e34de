package org.caunoi.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The Vietnamese (Hán-Việt) reading of Han characters, from the Unihan kVietnamese field turned
 * into {@code han-viet.tsv} by bench's HanVietTableGenerator; ICU has no such transliterator.
 */
final class HanVietReadings {

    private static final Map<Integer, String> READINGS = load();

    private HanVietReadings() {
    }

    /** The reading with its diacritics ("nguyễn"), or null when Unihan has none. */
    static String reading(int codePoint) {
        return READINGS.get(codePoint);
    }

    static int size() {
        return READINGS.size();
    }

    private static Map<Integer, String> load() {
        var stream = HanVietReadings.class.getResourceAsStream("han-viet.tsv");
        if (stream == null) {
            throw new IllegalStateException("han-viet.tsv missing from the classpath");
        }
        Map<Integer, String> readings = new HashMap<>(16_384);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                readings.put(Integer.parseInt(line.substring(0, tab), 16), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(readings);
    }
}
