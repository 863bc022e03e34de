package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadersTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void ownCsvRowsWithOneIdAreAliasesOfOneEntry() throws IOException {
        Path file = write("partner.csv", """
                entry_id,name,type,country,dob,identifier
                k1,Nguyễn Văn Hùng,person,VN,1975,passport:B1234567
                k1,Hung Nguyen,,,,
                k2,Ocean Star,vessel,PA,,IMO 9074729
                """);
        LoadResult result = WatchlistLoader.csv(file, "partner", LoadMode.STRICT);
        assertThat(result.entries()).hasSize(2);
        assertThat(result.entries().getFirst().names()).containsExactly("Nguyễn Văn Hùng", "Hung Nguyen");
        assertThat(result.entries().get(1).identifiers()).containsExactly(Identifier.imo("9074729"));
    }

    @Test
    void malformedCsvLinesAreReportedByNumberAndStrictModeLoadsNothing() throws IOException {
        Path file = write("bad.csv", """
                entry_id,name,type,country,dob,identifier
                k1,Nguyen Van Hung,person,VN,1975,
                k2,Ocean Star,vessel,PA,,IMO 9074728
                k3,,person,,,
                k4,Tran Thi Ha,martian,,,
                """);
        assertThatThrownBy(() -> WatchlistLoader.csv(file, "x", LoadMode.STRICT))
                .isInstanceOf(WatchlistLoadException.class)
                .hasMessageStartingWith(file + ":3: invalid IMO number")
                .hasMessageContaining("and 2 more problems");
    }

    @Test
    void lenientModeSkipsMalformedLinesAndReportsEach() throws IOException {
        Path file = write("bad.csv", """
                entry_id,name,type,country,dob,identifier
                k1,Nguyen Van Hung,person,VN,1975,
                k2,Ocean Star,vessel,PA,,IMO 9074728
                k3,,person,,,
                k4,"Tran Thi Ha",person,,,,,,
                k5,Le Duc Tho,person,,,
                """);
        LoadResult result = WatchlistLoader.csv(file, "x", LoadMode.LENIENT);
        assertThat(result.entries()).extracting(WatchlistEntry::id).containsExactly("k1", "k5");
        assertThat(result.problems()).extracting(LoadProblem::line).containsExactly(3L, 4L, 5L);
    }

    @Test
    void unclosedQuoteIsReportedAtItsLine() throws IOException {
        Path file = write("quote.csv", "entry_id,name\nk1,Nguyen\nk2,\"Tran Thi\n");
        assertThatThrownBy(() -> WatchlistLoader.csv(file, "x", LoadMode.STRICT))
                .hasMessageStartingWith(file + ":3: unreadable CSV");
    }

    @Test
    void ofacFolderIsReadWithOrWithoutPrefixWithAliasesCountryAndImo() throws IOException {
        write("sdn.csv", """
                36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
                9001,"OCEAN STAR","vessel","IRAN",-0- ,-0- ,"Crude Oil Tanker",-0- ,-0- ,"Panama",-0- ,"Vessel Registration Identification IMO 9074729."
                """);
        write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n");
        write("add.csv", "36,25,-0- ,\"Havana\",\"Cuba\",-0- \n\u001A");
        LoadResult result = WatchlistLoader.ofac(dir, LoadMode.STRICT);
        assertThat(result.entries()).hasSize(2);
        WatchlistEntry airline = result.entries().getFirst();
        assertThat(airline.names()).containsExactly("AEROCARIBBEAN AIRLINES", "AERO-CARIBBEAN");
        assertThat(airline.country()).isEqualTo("Cuba");
        assertThat(result.entries().get(1).type()).isEqualTo(EntryType.VESSEL);
        assertThat(result.entries().get(1).identifiers()).containsExactly(Identifier.imo("9074729"));
    }

    @Test
    void ofacRowWithWrongFieldCountIsReportedWithFileAndLine() throws IOException {
        write("ofac-sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n37,\"BROKEN\"\n");
        write("ofac-alt.csv", "");
        assertThatThrownBy(() -> WatchlistLoader.ofac(dir, LoadMode.STRICT))
                .hasMessageStartingWith(dir.resolve("ofac-sdn.csv") + ":2: expected 12 fields");
    }

    @Test
    void sharedOfacAndUnListsLoadStrictly() {
        Path shared = Fixtures.sharedSanctions();
        assumeThat(shared).as("../shared/reference/sanctions beside the repository").isNotNull();
        LoadResult ofac = WatchlistLoader.ofac(shared, LoadMode.STRICT);
        assertThat(ofac.entries()).hasSize(8976);
        assertThat(ofac.entries().stream().mapToInt(e -> e.names().size() - 1).sum()).isGreaterThan(11_000);
        LoadResult un = WatchlistLoader.unXml(shared.resolve("un-consolidated.xml"), LoadMode.STRICT);
        assertThat(un.entries()).hasSize(730 + 273);
    }
}
