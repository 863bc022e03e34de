package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile list files: whatever bytes a downloaded OFAC folder, UN XML or partner CSV holds, a load
 * gives entries that screening can use, or a {@link WatchlistLoadException} naming the file; never
 * another exception, a hang or an entry without a name. Strict mode refuses exactly what lenient
 * mode reports. The seeds are in {@code WatchlistFilesFuzzTestInputs/<method>/}; every build replays
 * them, {@code JAZZER_FUZZ=1} fuzzes (docs/benchmarks.md).
 */
@Tag("fuzz")
class WatchlistFilesFuzzTest {

    /** In an OFAC seed, a line of its own that starts the next file: {@code --- alt.csv ---}. */
    private static final String FILE_MARK = "\n--- ";

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "2m")
    void anyOfacFolderLoadsOrIsRefusedWithItsFileNamed(byte[] input) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ofac"));
        String[] files = {"sdn.csv", "alt.csv", "add.csv"};
        byte[][] parts = split(input, files.length);
        for (int i = 0; i < files.length; i++) {
            Files.write(folder.resolve(files[i]), parts[i]);
        }
        check(mode -> WatchlistLoader.ofac(folder, mode), folder.toString());
    }

    @FuzzTest(maxDuration = "2m")
    void anyUnXmlLoadsOrIsRefusedWithItsFileNamed(byte[] input) throws IOException {
        Path file = Files.write(dir.resolve("un.xml"), input);
        check(mode -> WatchlistLoader.unXml(file, mode), file.toString());
    }

    @FuzzTest(maxDuration = "2m")
    void anyOwnCsvLoadsOrIsRefusedWithItsFileNamed(byte[] input) throws IOException {
        Path file = Files.write(dir.resolve("partner.csv"), input);
        check(mode -> WatchlistLoader.csv(file, "partner", mode), file.toString());
    }

    private static void check(Function<LoadMode, LoadResult> load, String where) {
        LoadResult lenient;
        try {
            lenient = load.apply(LoadMode.LENIENT);
        }
        catch (WatchlistLoadException refused) {
            assertThat(refused.getMessage()).startsWith(where);
            assertThatThrownBy(() -> load.apply(LoadMode.STRICT)).isInstanceOf(WatchlistLoadException.class);
            return;
        }
        for (WatchlistEntry entry : lenient.entries()) {
            assertThat(entry.id()).isNotBlank();
            assertThat(entry.names()).isNotEmpty().allSatisfy(name -> assertThat(name).isNotBlank());
            // an identifier that normalises to nothing would be "the same" as every other such one
            assertThat(entry.identifiers()).allSatisfy(id -> assertThat(id.value()).isNotEmpty());
        }
        assertThat(lenient.problems()).allSatisfy(problem -> assertThat(problem.file()).startsWith(where));
        if (lenient.problems().isEmpty()) {
            assertThat(load.apply(LoadMode.STRICT)).isEqualTo(lenient);
        }
        else {
            try {
                load.apply(LoadMode.STRICT);
                fail("strict mode loaded a file whose problems lenient mode reported: " + lenient.problems());
            }
            catch (WatchlistLoadException expected) {
                assertThat(expected.problems()).isEqualTo(lenient.problems());
            }
        }
    }

    /** The input cut at each {@link #FILE_MARK} line into {@code count} files (missing ones are empty). */
    private static byte[][] split(byte[] input, int count) {
        byte[][] parts = new byte[count][];
        byte[] mark = FILE_MARK.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        for (int part = 0; part < count; part++) {
            int end = part == count - 1 ? -1 : indexOf(input, mark, start);
            if (end < 0) {
                parts[part] = Arrays.copyOfRange(input, Math.min(start, input.length), input.length);
                for (int rest = part + 1; rest < count; rest++) {
                    parts[rest] = new byte[0];
                }
                return parts;
            }
            parts[part] = Arrays.copyOfRange(input, start, end + 1);
            int lineEnd = indexOf(input, new byte[] {'\n'}, end + mark.length);
            start = lineEnd < 0 ? input.length : lineEnd + 1;
        }
        return parts;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
