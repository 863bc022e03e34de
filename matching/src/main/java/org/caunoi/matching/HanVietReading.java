package org.caunoi.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A name written in Han characters as a Vietnamese officer reads it: each character by its Hán-Việt
 * reading, capitalised as a Vietnamese name is ({@code 张伟} → {@code Trương Vĩ}), where a Chinese
 * partner's record gives the pinyin ({@code Zhang Wei}).
 */
public final class HanVietReading {

    private HanVietReading() {
    }

    /**
     * The name's reading; empty when it holds no Han character, or one the tables do not know (half a
     * reading would be read as a different name). Other words are kept as they are.
     */
    public static Optional<String> of(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean han = false;
        for (int cp : name.codePoints().toArray()) {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                List<String> readings = HanVietReadings.readings(cp);
                if (readings == null || readings.isEmpty()) {
                    return Optional.empty();
                }
                flush(word, words);
                words.add(capitalised(readings.getFirst()));
                han = true;
            }
            // the middle dot parts a foreign name written in Han characters (约翰·史密斯)
            else if (Character.isWhitespace(cp) || cp == '·' || cp == '・') {
                flush(word, words);
            }
            else {
                word.appendCodePoint(cp);
            }
        }
        flush(word, words);
        return han ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String capitalised(String reading) {
        int first = reading.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(reading.substring(Character.charCount(first))).toString();
    }
}
