package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word of one name that is two adjacent words of the other written together ({@link NameScorer}'s
 * joinAdjacent), from either side: when it counts, and when the words stay apart.
 */
class JoinedWordsTest {

    private static final Watchlist NAMES = Fixtures.persons(
            "j1", "Al Rahmah Trading",
            "j2", "Alrahmah Khan",
            "j3", "Wen Xiong Li",
            "j4", "Le Na Tran",
            "j5", "Lihua Chen");

    @ParameterizedTest(name = "\"{0}\" finds {1} by \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Alrahmah Trading   | j1 | Alrahmah ≈ Al Rahmah: written together
            Alrahmahan Trading | j1 | Alrahmahan ≈ Al Rahmah: written together
            Al Rahmah Khan     | j2 | Al Rahmah ≈ Alrahmah: written together
            Li Wenxiong        | j3 | Wenxiong ≈ Wen Xiong: written together
            Li Wenxiang        | j3 | Wenxiang ≈ Wen Xiong: written together
            Li Hua Chen        | j5 | Li Hua ≈ Lihua: written together
            """)
    void aWordOfFiveLettersOrMoreIsTwoAdjacentWordsWrittenTogetherWithinTwoLetters(String query, String expected,
            String reason) {
        Hit hit = Fixtures.firstHit(NAMES, query, expected);
        assertThat(hit.explanation()).startsWith(reason);
        assertThat(hit.score()).isGreaterThan(0.9);
    }

    @ParameterizedTest(name = "\"{0}\" is not {1} written apart")
    @CsvSource(delimiter = '|', textBlock = """
            Alrahmahani Trading | j1
            Lena Tran           | j4
            """)
    void aWordThreeLettersLongerOrOfFourLettersIsNotTwoWordsWrittenTogether(String query, String notJoined) {
        List<Hit> hits = NAMES.screen(ScreeningQuery.of(query), 0.0, 5);
        assertThat(hits).filteredOn(hit -> hit.entry().id().equals(notJoined))
                .allSatisfy(hit -> {
                    assertThat(hit.explanation()).doesNotContain("written together");
                    assertThat(hit.score()).isLessThan(0.5);
                });
    }
}
