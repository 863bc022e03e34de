package org.caunoi.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The jar's first argument, as an administrator types it: the main method runs in a process of its
 * own, and a mistyped command or a request for help must end that process without starting a hub.
 */
class CommandLineTest {

    /** Far longer than a refusal takes, far shorter than a demo hub's start with its data. */
    private static final int SECONDS = 30;

    @Test
    void aMistypedCommandSaysSoAndStartsNothing() throws Exception {
        Path dataDir = TestHub.newDataDir("mistyped-command");
        Run run = main("bakup", "--to", dataDir.resolve("x.zip").toString(), "--caunoi.data-dir=" + dataDir);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("unknown command 'bakup'").contains("backup --to FILE")
                .contains("--caunoi.demo=false");
        assertThat(dataDir.resolve("pg")).as("no database started").doesNotExist();
    }

    @Test
    void anUnknownWordStartsNothingEither() throws Exception {
        Path dataDir = TestHub.newDataDir("unknown-command");
        Run run = main("start", "--caunoi.data-dir=" + dataDir);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).startsWith("unknown command 'start'");
        assertThat(dataDir.resolve("pg")).doesNotExist();
    }

    @Test
    void helpPrintsTheUsageAndEndsWell() throws Exception {
        for (String help : List.of("--help", "-h", "help")) {
            Run run = main(help);

            assertThat(run.exitCode()).as(help).isZero();
            assertThat(run.stdout()).as(help).contains("restore --from FILE").contains("demo-pki")
                    .contains("--caunoi.demo=false");
        }
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private static Run main(String... arguments) throws IOException, InterruptedException {
        Path output = Files.createTempFile(TestHub.newDataDir("command-output"), "out", ".txt");
        Path errors = output.resolveSibling("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CauNoiApplication.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        try {
            assertThat(process.waitFor(SECONDS, TimeUnit.SECONDS)).as("the process ended by itself (no hub started)").isTrue();
        }
        finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                Files.readString(errors, StandardCharsets.UTF_8));
    }
}
