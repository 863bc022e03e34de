package org.caunoi.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list XML with a hardened StAX parser: a DOCTYPE is
 * refused outright and external entities are off, so neither XXE nor entity expansion
 * ("billion laughs") can happen.
 */
final class UnXmlReader {

    private UnXmlReader() {
    }

    static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    static LoadResult read(Path file, LoadMode mode) {
        ProblemLog log = new ProblemLog(mode);
        List<WatchlistEntry> entries = new ArrayList<>();
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = hardenedFactory().createXMLStreamReader(in);
            try {
                Map<String, List<String>> fields = null;
                String recordType = null;
                long recordLine = 0;
                StringBuilder path = new StringBuilder();
                StringBuilder text = new StringBuilder();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw log.fatal(name, xml.getLocation().getLineNumber(), "DOCTYPE not allowed (XXE and entity expansion guard)");
                    }
                    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw log.fatal(name, xml.getLocation().getLineNumber(), "entity reference &" + xml.getLocalName() + "; not allowed");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String element = xml.getLocalName();
                        if (fields == null && (element.equals("INDIVIDUAL") || element.equals("ENTITY"))) {
                            fields = new HashMap<>();
                            recordType = element;
                            recordLine = xml.getLocation().getLineNumber();
                            path.setLength(0);
                        } else if (fields != null) {
                            path.append('/').append(element);
                        }
                        text.setLength(0);
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        text.append(xml.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT && fields != null) {
                        String element = xml.getLocalName();
                        if (path.isEmpty() && element.equals(recordType)) {
                            WatchlistEntry entry = toEntry(recordType, fields, name, recordLine, log);
                            if (entry != null) {
                                entries.add(entry);
                            }
                            fields = null;
                        } else {
                            String value = text.toString().strip();
                            if (!value.isEmpty()) {
                                fields.computeIfAbsent(path.substring(1), k -> new ArrayList<>()).add(value);
                            }
                            path.setLength(Math.max(0, path.lastIndexOf("/")));
                            text.setLength(0);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            throw log.fatal(name, line, "malformed XML: " + e.getMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw log.fatal(name, 0, "cannot read: " + e.getMessage());
        }
        return log.result(entries);
    }

    private static WatchlistEntry toEntry(String recordType, Map<String, List<String>> f, String file, long line,
                                          ProblemLog log) {
        String id = first(f, "DATAID");
        List<String> names = new ArrayList<>();
        String primary = String.join(" ", List.of(first(f, "FIRST_NAME"), first(f, "SECOND_NAME"),
                first(f, "THIRD_NAME"), first(f, "FOURTH_NAME")).stream().filter(s -> !s.isEmpty()).toList());
        names.add(primary);
        names.addAll(f.getOrDefault("NAME_ORIGINAL_SCRIPT", List.of()));
        names.addAll(f.getOrDefault(recordType + "_ALIAS/ALIAS_NAME", List.of()));
        if (id.isEmpty() || primary.isEmpty()) {
            log.report(file, line, recordType + " without " + (id.isEmpty() ? "DATAID" : "FIRST_NAME"));
            return null;
        }
        boolean person = recordType.equals("INDIVIDUAL");
        String country = person ? first(f, "NATIONALITY/VALUE") : first(f, "ENTITY_ADDRESS/COUNTRY");
        String dob = first(f, "INDIVIDUAL_DATE_OF_BIRTH/DATE");
        if (dob.isEmpty()) {
            dob = first(f, "INDIVIDUAL_DATE_OF_BIRTH/YEAR");
        }
        List<Identifier> identifiers = new ArrayList<>();
        List<String> types = f.getOrDefault("INDIVIDUAL_DOCUMENT/TYPE_OF_DOCUMENT", List.of());
        List<String> numbers = f.getOrDefault("INDIVIDUAL_DOCUMENT/NUMBER", List.of());
        for (int i = 0; i < Math.min(types.size(), numbers.size()); i++) {
            if (types.get(i).toLowerCase(java.util.Locale.ROOT).contains("passport")) {
                try {
                    identifiers.add(Identifier.passport(numbers.get(i)));
                } catch (IllegalArgumentException e) {
                    log.report(file, line, recordType + " " + id + ": passport " + e.getMessage());
                }
            }
        }
        return new WatchlistEntry(id, "un", person ? EntryType.PERSON : EntryType.ORGANISATION, names,
                country.isEmpty() ? null : country, dob.isEmpty() ? null : dob, identifiers);
    }

    private static String first(Map<String, List<String>> fields, String path) {
        List<String> values = fields.get(path);
        return values == null ? "" : values.getFirst();
    }
}
