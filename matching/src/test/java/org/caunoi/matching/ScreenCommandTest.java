package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private Path list() throws IOException {
        return Files.writeString(dir.resolve("partner.csv"), """
                entry_id,name,type,country,dob,identifier
                k1,Nguyễn Văn Hùng,person,VN,1975,
                k2,Minh Phat Trading Co. Ltd,organisation,VN,,
                """);
    }

    @Test
    void screensAFileAndWritesRankedExplainedHits() throws IOException {
        Path in = Files.writeString(dir.resolve("q.csv"), "id,name\nq1,NGUYEN VAN HUNG\nq2,Unrelated Person\nq3,Cong ty TNHH Minh Phat Trading\n");
        Path out = dir.resolve("hits.csv");
        int status = ScreenCommand.run(new String[] {"screen", "--list", "csv:" + list(), "--in", in.toString(),
                "--out", out.toString(), "--threshold", "0.7", "--top", "3"}, err);
        assertThat(status).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo("query_id,rank,entry_id,list,score,matched_name,explanation");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("q1,1,k1,partner,1.000,Nguyễn Văn Hùng,").contains("NGUYEN ≈ Nguyễn: diacritics");
        assertThat(lines.get(2)).startsWith("q3,1,k2,partner,");
    }

    @Test
    void badQueryLineGivesFileAndLineAndNonZeroExit() throws IOException {
        Path in = Files.writeString(dir.resolve("q.csv"), "id,name\nq1,NGUYEN VAN HUNG\nq2\n");
        int status = ScreenCommand.run(new String[] {"screen", "--list", "csv:" + list(), "--in", in.toString(),
                "--out", dir.resolve("hits.csv").toString()}, err);
        assertThat(status).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains(in + ":3:");
    }

    @Test
    void missingListFileGivesItsNameAndNonZeroExit() {
        int status = ScreenCommand.run(new String[] {"screen", "--list", "ofac:" + dir.resolve("nowhere"), "--in", "q.csv",
                "--out", "h.csv"}, err);
        assertThat(status).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("nowhere");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(ScreenCommand.run(new String[] {"screen", "--bogus"}, err)).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("usage:");
    }
}
