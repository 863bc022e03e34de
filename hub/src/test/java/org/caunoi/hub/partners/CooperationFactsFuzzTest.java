package org.caunoi.hub.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.caunoi.hub.partners.internal.demo.CooperationFactsParser;
import org.caunoi.hub.partners.internal.demo.CooperationFactsParser.InvalidFactsException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile cooperation facts file (what {@code --caunoi.demo-facts=FILE} and the demo facts loader
 * read): whatever it holds, the parser gives partners and agreements, or refuses the file listing
 * its problems, each naming the file; never another exception, a hang or memory exhausted by YAML
 * aliases. Seeds in {@code CooperationFactsFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
@Tag("fuzz")
class CooperationFactsFuzzTest {

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "2m")
    void anyFactsFileGivesFactsOrItsProblemsByFile(byte[] input) throws IOException {
        Path file = Files.write(dir.resolve("cooperation-facts.yaml"), input);
        try {
            var facts = CooperationFactsParser.parse(file);
            assertThat(facts.partners()).allSatisfy(partner -> assertThat(partner.code()).isNotBlank());
            assertThat(facts.agreements()).allSatisfy(agreement -> assertThat(agreement.parties()).isNotEmpty());
        }
        catch (InvalidFactsException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem).startsWith(file.toString()));
        }
    }
}
