package org.caunoi.matching;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An Arabic compound name written as one word on one side and apart, with its article, on the
 * other (Nasreddine / Nasr al-Din, Abdulrahman / Abd al-Rahman) is one name: found among persons
 * who share the other name, and found though no other word brings the entry up as a candidate.
 */
class ArabicCompoundTest {

    /** Many persons called Ghazi, Khalid or Ali, so that only the compound tells them apart. */
    private static final Watchlist LIST = list();

    private static Watchlist list() {
        List<String> pairs = new ArrayList<>(List.of(
                "c1", "NASR AL DIN, Ghazi", "c2", "ABD AL RAHMAN, Khalid", "c3", "TAJIDEEN, Ali", "c4", "BASHIR-UD-DIN, Sultan",
                "c5", "SALAHUDDIN, Omar"));
        String[] others = {"HADDAD", "KANAAN", "MANSOUR", "SALEH", "YOUSSEF", "HAMDAN", "KHOURY", "NASSER", "FARES", "TAWIL",
            "SAAB", "ZEIN", "HAIDAR", "JABER", "RAAD"};
        for (String family : others) {
            for (String given : new String[] {"Ghazi", "Khalid", "Ali", "Sultan", "Omar"}) {
                pairs.add(family + "-" + given);
                pairs.add(family + ", " + given);
            }
        }
        return Fixtures.persons(pairs.toArray(String[]::new));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            NASREDDINE, Ghazi       | c1
            NASSERDDINE, Ghazi      | c1
            NASRALDINE, Ghazi       | c1
            ABDULRAHMAN, Khalid     | c2
            ABDURRAHMAN, Khalid     | c2
            ABDELRAHMAN, Khalid     | c2
            TAJ AL DIN, Ali         | c3
            TAJ AL-DIN, Ali         | c3
            BASHIRUDDIN, Sultan     | c4
            SALAH AL DIN, Omar      | c5
            SALAH UD DIN, Omar      | c5
            """)
    void anArabicCompoundWrittenAsOneWordIsTheCompoundWrittenApart(String query, String entry) {
        Fixtures.firstHit(LIST, query, entry);
    }
}
