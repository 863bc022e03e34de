package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-written Jaro-Winkler against the published examples (Winkler's MARTHA / MARHTA, DWAYNE /
 * DUANE, DIXON / DICKSONX) and the rules each part of it stands for: the matching window, half the
 * transpositions, the common prefix of at most four letters weighed 0.1 each.
 */
class JaroWinklerTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            // the published examples
            "martha,   marhta,   0.9611",
            "dwayne,   duane,    0.8400",
            "dixon,    dicksonx, 0.8133",
            // a letter dropped, one changed, letters swapped, a longer word
            "nguyen,   nguyn,    0.9667",
            "tran,     tram,     0.8833",
            "hung,     hoang,    0.8050",
            "jones,    johnson,  0.8324",
            "mohammad, muhammad, 0.9250",
            // no common prefix: the Jaro score alone
            "crate,    trace,    0.7333",
            // nothing in common, or the same letters too far apart for the window
            "abc,      xyz,      0.0",
            "ab,       ba,       0.0",
            // the same word
            "hung,     hung,     1.0"})
    void scoresAsTheDefinitionSays(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.0001));
        assertThat(JaroWinkler.similarity(b, a)).as("symmetric").isCloseTo(expected, within(0.0001));
    }

    @Test
    void anEmptyWordIsLikeNothing() {
        assertThat(JaroWinkler.similarity("", "hung")).isZero();
        assertThat(JaroWinkler.similarity("hung", "")).isZero();
    }

    @Test
    void wordsLongerThanSixtyFourLettersAreOnlyEqualOrNot() {
        String long1 = "a".repeat(65);
        String long2 = "a".repeat(64) + "b";

        assertThat(JaroWinkler.similarity(long1, long1)).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity(long1, long2)).isZero();
    }
}
