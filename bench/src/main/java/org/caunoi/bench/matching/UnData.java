package org.caunoi.bench.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.caunoi.matching.EntryType;
import org.caunoi.matching.WatchlistEntry;

/**
 * The UN consolidated list's primaries and aliases for the linkage benchmark: a list nobody tuned
 * the matcher on. The primary name is FIRST_NAME … FOURTH_NAME joined, as the library's UN loader
 * builds it; each alias keeps the quality the UN gives it ({@code Good}, {@code Low},
 * {@code a.k.a.}, {@code f.k.a.}), and a name in its original script is an alias of kind
 * {@code original script}. An alias that folds to its own primary name is left out: it would
 * measure nothing.
 */
final class UnData {

    private UnData() {
    }

    static OfacData read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, WatchlistEntry> primaries = new LinkedHashMap<>();
        List<OfacData.Alias> aliases = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Record current = null;
            String quality = "";
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String tag = xml.getLocalName();
                    switch (tag) {
                        case "INDIVIDUAL" -> current = new Record(EntryType.PERSON);
                        case "ENTITY" -> current = new Record(EntryType.ORGANISATION);
                        case "QUALITY" -> quality = xml.getElementText().strip();
                        case "ALIAS_NAME" -> current.addAlias(quality, xml.getElementText());
                        case "DATAID", "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME", "NAME_ORIGINAL_SCRIPT" -> {
                            if (current != null) {
                                current.fields.put(tag, xml.getElementText().strip());
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && current != null
                        && (xml.getLocalName().equals("INDIVIDUAL") || xml.getLocalName().equals("ENTITY"))) {
                    current.addTo(primaries, aliases);
                    current = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return new OfacData(primaries, aliases);
    }

    private static final class Record {
        final EntryType type;
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<RawAlias> aliases = new ArrayList<>();

        Record(EntryType type) {
            this.type = type;
        }

        void addAlias(String quality, String name) {
            aliases.add(new RawAlias(quality.isEmpty() ? "no quality" : quality.toLowerCase(Locale.ROOT), name.strip()));
        }

        void addTo(Map<String, WatchlistEntry> primaries, List<OfacData.Alias> out) {
            String id = fields.getOrDefault("DATAID", "");
            String primary = String.join(" ", java.util.stream.Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
                    .map(f -> fields.getOrDefault(f, "")).filter(s -> !s.isEmpty()).toList());
            if (id.isEmpty() || primary.isEmpty()) {
                return;
            }
            primaries.put(id, new WatchlistEntry(id, "un", type, List.of(primary), null, null, List.of()));
            String original = fields.getOrDefault("NAME_ORIGINAL_SCRIPT", "");
            if (!original.isEmpty()) {
                out.add(new OfacData.Alias(id, original, "original script", primary));
            }
            for (RawAlias alias : aliases) {
                if (!alias.name().isEmpty() && !OfacData.words(alias.name()).equals(OfacData.words(primary))) {
                    out.add(new OfacData.Alias(id, alias.name(), alias.kind(), primary));
                }
            }
        }
    }

    /** An ALIAS_NAME as read, with its QUALITY. */
    private record RawAlias(String kind, String name) {
    }
}
