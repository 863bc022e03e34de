package org.caunoi.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        var fetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] dtd = "<!ENTITY name \"FROM THE NETWORK\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            Path file = Files.writeString(dir.resolve("remote-dtd.xml"), """
                    <?xml version="1.0"?>
                    <!DOCTYPE CONSOLIDATED_LIST SYSTEM "http://127.0.0.1:%d/list.dtd">
                    <CONSOLIDATED_LIST><INDIVIDUALS>%s</INDIVIDUALS></CONSOLIDATED_LIST>
                    """.formatted(server.getAddress().getPort(), ENTRY.formatted("&name;")));
            assertThatThrownBy(() -> WatchlistLoader.unXml(file, LoadMode.LENIENT))
                    .isInstanceOf(WatchlistLoadException.class)
                    .hasMessageContaining("DOCTYPE not allowed");
        } finally {
            server.stop(0);
        }
        assertThat(fetches).as("requests for the DOCTYPE's DTD").hasValue(0);
    }

    @Test
    void anEntityReferenceWithoutADoctypeIsRefusedNotDropped() throws IOException {
        Path file = Files.writeString(dir.resolve("entity.xml"),
                "<CONSOLIDATED_LIST><INDIVIDUALS>" + ENTRY.formatted("ER&unknown;IC") + "</INDIVIDUALS></CONSOLIDATED_LIST>");
        assertThatThrownBy(() -> WatchlistLoader.unXml(file, LoadMode.LENIENT))
                .isInstanceOf(WatchlistLoadException.class)
                .hasMessageContaining("entity reference &unknown; not allowed");
    }

    /** Each setting of the parser holds on its own: were DTDs let in again, external entities stay unread. */
    @Test
    void withDtdsAllowedAgainAnExternalEntityIsStillNotRead() throws IOException, XMLStreamException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String text = textOf(dtdsAllowedAgain(), """
                <?xml version="1.0"?>
                <!DOCTYPE a [<!ENTITY xxe SYSTEM "%s">]>
                <a>&xxe;</a>""".formatted(secret.toUri()));
        assertThat(text).doesNotContain("TOP SECRET");
    }

    /** Each setting of the parser holds on its own: were DTDs let in again, entities are still not expanded. */
    @Test
    void withDtdsAllowedAgainAnInternalEntityIsStillNotExpanded() throws XMLStreamException {
        String text = textOf(dtdsAllowedAgain(), """
                <?xml version="1.0"?>
                <!DOCTYPE a [<!ENTITY lol "lol">]>
                <a>&lol;&lol;</a>""");
        assertThat(text).doesNotContain("lol");
    }

    @Test
    void aPassportNumberOfOnlySeparatorsIsReportedNotLoaded() throws IOException {
        Path file = Files.writeString(dir.resolve("un.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS>\n"
                + ENTRY.formatted("ERIC").replace("</INDIVIDUAL>",
                        "<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>-</NUMBER></INDIVIDUAL_DOCUMENT></INDIVIDUAL>")
                + "</INDIVIDUALS></CONSOLIDATED_LIST>");
        LoadResult result = WatchlistLoader.unXml(file, LoadMode.LENIENT);
        assertThat(result.entries()).singleElement().satisfies(e -> assertThat(e.identifiers()).isEmpty());
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("passport identifier '-' has no letter or digit");
        });
    }

    @Test
    void aRecordsPassportsBecomeIdentifiersItsOtherDocumentsDoNot() throws IOException {
        String documents = "<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT>"
                + "<NUMBER>111222333</NUMBER></INDIVIDUAL_DOCUMENT>"
                + "<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>OB 0243318</NUMBER></INDIVIDUAL_DOCUMENT>";
        Path file = Files.writeString(dir.resolve("un.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS>"
                + ENTRY.formatted("ERIC").replace("</INDIVIDUAL>", documents + "</INDIVIDUAL>")
                + "</INDIVIDUALS></CONSOLIDATED_LIST>");
        assertThat(WatchlistLoader.unXml(file, LoadMode.STRICT).entries()).singleElement()
                .satisfies(e -> assertThat(e.identifiers()).containsExactly(Identifier.passport("OB0243318")));
    }

    private static XMLInputFactory dtdsAllowedAgain() {
        XMLInputFactory factory = UnXmlReader.hardenedFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        return factory;
    }

    /** The character data a parser reports for a document; entity references it leaves unexpanded add nothing. */
    private static String textOf(XMLInputFactory factory, String document) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.CHARACTERS) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }
}
