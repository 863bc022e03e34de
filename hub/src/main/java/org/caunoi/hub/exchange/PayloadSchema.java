package org.caunoi.hub.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema a message type's payload follows, declared by its {@link MessageHandler}: the
 * receiving hub refuses a payload that does not follow it, before storing anything. A new version
 * of a payload is a new schema (and namespace), so hubs of different releases can tell them apart.
 */
public sealed interface PayloadSchema {

    /** No check beyond size: for types whose handler checks its payload itself. */
    PayloadSchema NONE = new None();

    /** An XML Schema on the class path, e.g. {@code exchange/schemas/ping-1.xsd}. */
    static PayloadSchema xml(String classpathLocation) {
        return new Xml(classpathLocation);
    }

    /**
     * A JSON Schema (draft 2020-12 unless the schema names another) on the class path, e.g.
     * {@code enforcement/schemas/seizure-report-1.schema.json}.
     */
    static PayloadSchema json(String classpathLocation) {
        return new Json(classpathLocation);
    }

    /** Empty when the payload follows the schema; otherwise what is wrong and where. */
    Optional<String> problemWith(byte[] payload);

    /** The schema's name as errors and documentation show it. */
    String name();

    /** Accepts everything. */
    record None() implements PayloadSchema {

        @Override
        public Optional<String> problemWith(byte[] payload) {
            return Optional.empty();
        }

        @Override
        public String name() {
            return "none";
        }
    }

    /** An XML Schema, compiled once; payloads are parsed with DOCTYPEs refused (no XXE, no entity expansion). */
    final class Xml implements PayloadSchema {

        private final String location;
        private final Schema schema;

        Xml(String location) {
            this.location = location;
            URL resource = resource(location);
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                this.schema = factory.newSchema(resource);
            }
            catch (SAXException e) {
                throw new IllegalArgumentException("The schema " + location + " does not compile: " + e.getMessage(), e);
            }
        }

        @Override
        public Optional<String> problemWith(byte[] payload) {
            try {
                // The JDK's own parser, without a class path scan for another one at every payload.
                SAXParserFactory parsers = SAXParserFactory.newDefaultNSInstance();
                parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                XMLReader reader = parsers.newSAXParser().getXMLReader();
                var validator = schema.newValidator();
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(payload))));
                return Optional.empty();
            }
            catch (SAXParseException e) {
                return Optional.of("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
            }
            catch (SAXException e) {
                return Optional.of(Objects.requireNonNullElse(e.getMessage(), e.toString()));
            }
            catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            catch (IOException e) {
                // The bytes are in memory: what cannot be read is the payload itself, such as an encoding
                // it declares that does not exist. Said without the parser's words, which name its classes.
                return Optional.of("not readable as XML: an unknown encoding or broken bytes");
            }
        }

        @Override
        public String name() {
            return location;
        }
    }

    /**
     * A JSON Schema, compiled once, never fetching anything it refers to from the network. Payloads
     * are read strictly: a key twice in one object is an error (two readers could see two messages),
     * as is anything after the document.
     */
    final class Json implements PayloadSchema {

        private static final JsonMapper READER = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();

        private final String location;
        private final com.networknt.schema.Schema schema;

        Json(String location) {
            this.location = location;
            URL resource = resource(location);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
            try (var in = resource.openStream()) {
                this.schema = registry.getSchema(in, InputFormat.JSON);
                this.schema.initializeValidators();
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot read the schema " + location, e);
            }
            catch (RuntimeException e) {
                throw new IllegalArgumentException("The schema " + location + " does not compile: " + e.getMessage(), e);
            }
        }

        @Override
        public Optional<String> problemWith(byte[] payload) {
            JsonNode document;
            try {
                document = READER.readTree(payload);
            }
            catch (JacksonException e) {
                var where = e.getLocation();
                return Optional.of("not JSON" + (where == null ? "" : " at line " + where.getLineNr() + ", column "
                        + where.getColumnNr()) + ": " + e.getOriginalMessage());
            }
            if (document == null || document.isMissingNode()) {
                return Optional.of("not JSON: the payload is empty");
            }
            List<Error> errors = schema.validate(document);
            if (errors.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(errors.stream().limit(5)
                    .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                    .collect(Collectors.joining("; ")) + (errors.size() > 5 ? "; and " + (errors.size() - 5) + " more" : ""));
        }

        @Override
        public String name() {
            return location;
        }
    }

    private static URL resource(String location) {
        URL resource = Thread.currentThread().getContextClassLoader().getResource(location);
        if (resource == null) {
            resource = PayloadSchema.class.getClassLoader().getResource(location);
        }
        if (resource == null) {
            throw new IllegalArgumentException("No schema on the class path at " + location);
        }
        return resource;
    }
}
