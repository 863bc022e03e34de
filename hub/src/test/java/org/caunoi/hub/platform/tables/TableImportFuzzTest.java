package org.caunoi.hub.platform.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Hostile CSV and XLSX uploads: whatever the file holds, an import gives rows and problems, each
 * problem at a line and worded in both languages; never an exception, a hang or memory exhausted.
 * The import is {@link TablesInAndOutTest}'s seizure list. Seeds in
 * {@code TableImportFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes (docs/benchmarks.md).
 */
@Tag("fuzz")
class TableImportFuzzTest {

    private final TablesInAndOutTest tables = new TablesInAndOutTest();

    @FuzzTest(maxDuration = "2m")
    void anyCsvGivesRowsOrProblemsByLineAndColumn(byte[] file) {
        check(tables.seizures.read(new ByteArrayInputStream(file), TableFormat.CSV));
    }

    @FuzzTest(maxDuration = "2m")
    void anyWorkbookGivesRowsOrProblemsByLineAndColumn(byte[] file) {
        check(tables.seizures.read(new ByteArrayInputStream(file), TableFormat.XLSX));
    }

    private void check(ImportReport<TablesInAndOutTest.SeizureLine> report) {
        assertThat(report.validRows().size()).isLessThanOrEqualTo(report.rowsRead());
        assertThat(report.problems()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
        for (Locale language : new Locale[] {Locale.ENGLISH, TablesInAndOutTest.VI}) {
            assertThat(report.lines(tables.messages, language)).allSatisfy(line -> assertThat(line.message()).isNotBlank());
        }
    }
}
