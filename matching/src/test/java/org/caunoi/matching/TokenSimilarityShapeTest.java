package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TokenSimilarity#maySpellAlike} must never rule out a pair the spelling test would score. */
class TokenSimilarityShapeTest {

    /** Few letters, so that random words often share most of them; syllable-like words among them. */
    private static final String LETTERS = "aeiouyhngtrmcbs1";

    @Test
    void noPairWithASpellingSimilarityIsRuledOut() {
        Random random = new Random(42);
        int scored = 0;
        for (int n = 0; n < 200_000; n++) {
            String q = randomWord(random);
            String e = random.nextBoolean() ? mutate(q, random) : randomWord(random);
            if (q.equals(e)) {
                continue;
            }
            double s = TokenSimilarity.similarity(q, TokenSimilarity.oneSyllable(q), e, TokenSimilarity.oneSyllable(e), false);
            if (s > 0) {
                scored++;
                assertThat(TokenSimilarity.maySpellAlike(TokenSimilarity.shape(q), TokenSimilarity.shape(e)))
                        .as("%s / %s scores %s", q, e, s).isTrue();
            }
        }
        assertThat(scored).as("pairs with a spelling similarity").isGreaterThan(10_000);
    }

    @Test
    void wordsWithOtherLettersAreRuledOut() {
        assertThat(TokenSimilarity.maySpellAlike(TokenSimilarity.shape("petrov"), TokenSimilarity.shape("pavlov"))).isFalse();
        assertThat(TokenSimilarity.maySpellAlike(TokenSimilarity.shape("caribbean"), TokenSimilarity.shape("carib"))).isTrue();
    }

    private static String randomWord(Random random) {
        int length = 2 + random.nextInt(11);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    /** One or two edits, a swap of neighbours, or a cut: the spellings the test is meant to catch. */
    private static String mutate(String word, Random random) {
        StringBuilder out = new StringBuilder(word);
        int edits = 1 + random.nextInt(2);
        for (int k = 0; k < edits && out.length() > 1; k++) {
            int at = random.nextInt(out.length());
            char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
            switch (random.nextInt(5)) {
                case 0 -> out.setCharAt(at, letter);
                case 1 -> out.insert(at, letter);
                case 2 -> out.deleteCharAt(at);
                case 3 -> {
                    if (at + 1 < out.length()) {
                        char c = out.charAt(at);
                        out.setCharAt(at, out.charAt(at + 1));
                        out.setCharAt(at + 1, c);
                    }
                }
                default -> out.setLength(Math.max(1, out.length() - 1 - random.nextInt(3)));
            }
        }
        return out.toString();
    }
}
