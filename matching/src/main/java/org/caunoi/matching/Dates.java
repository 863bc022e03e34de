package org.caunoi.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the year out of the loose dates lists carry ("1971", "1971-05-03", "03 May 1971", "circa 1971"). */
final class Dates {

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    private Dates() {
    }

    static Integer year(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
