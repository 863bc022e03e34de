package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnXmlHardeningTest {

    @TempDir
    Path dir;

    private static final String ENTRY = """
            <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>%s</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME>
            <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Eric Badege Mukiza</ALIAS_NAME></INDIVIDUAL_ALIAS>
            <NATIONALITY><VALUE>Democratic Republic of the Congo</VALUE></NATIONALITY>
            <INDIVIDUAL_DATE_OF_BIRTH><YEAR>1971</YEAR></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>""";

    @Test
    void wellFormedListIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("un.xml"),
                "<CONSOLIDATED_LIST><INDIVIDUALS>" + ENTRY.formatted("ERIC") + "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>");
        LoadResult result = WatchlistLoader.unXml(file, LoadMode.STRICT);
        assertThat(result.entries()).singleElement().satisfies(e -> {
            assertThat(e.names()).containsExactly("ERIC BADEGE", "Eric Badege Mukiza");
            assertThat(e.dateOfBirth()).isEqualTo("1971");
        });
    }

    @Test
    void externalEntityIsRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Path file = Files.writeString(dir.resolve("xxe.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "%s">]>
                <CONSOLIDATED_LIST><INDIVIDUALS>%s</INDIVIDUALS></CONSOLIDATED_LIST>
                """.formatted(secret.toUri(), ENTRY.formatted("&xxe;")));
        assertThatThrownBy(() -> WatchlistLoader.unXml(file, LoadMode.LENIENT))
                .isInstanceOf(WatchlistLoadException.class)
                .hasMessageContaining(file + ":")
                .hasMessageNotContaining("TOP SECRET");
    }

    @Test
    void billionLaughsIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path file = Files.writeString(dir.resolve("lol.xml"), "<?xml version=\"1.0\"?>\n" + dtd
                + "\n<CONSOLIDATED_LIST><INDIVIDUALS>" + ENTRY.formatted("&lol9;") + "</INDIVIDUALS></CONSOLIDATED_LIST>");
        assertThatThrownBy(() -> WatchlistLoader.unXml(file, LoadMode.LENIENT))
                .isInstanceOf(WatchlistLoadException.class)
                .hasMessageContaining("DOCTYPE not allowed");
    }

    @Test
    void elementWithoutNameIsReportedAtItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("un.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS>\n"
                + ENTRY.formatted("ERIC") + "\n<INDIVIDUAL><DATAID>2</DATAID></INDIVIDUAL>\n</INDIVIDUALS></CONSOLIDATED_LIST>");
        assertThatThrownBy(() -> WatchlistLoader.unXml(file, LoadMode.STRICT))
                .hasMessageStartingWith(file + ":6: INDIVIDUAL without FIRST_NAME");
        assertThat(WatchlistLoader.unXml(file, LoadMode.LENIENT).entries()).hasSize(1);
    }
}
