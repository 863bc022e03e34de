package org.caunoi.hub.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

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
            URL resource = Thread.currentThread().getContextClassLoader().getResource(location);
            if (resource == null) {
                resource = PayloadSchema.class.getClassLoader().getResource(location);
            }
            if (resource == null) {
                throw new IllegalArgumentException("No schema on the class path at " + location);
            }
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
                return Optional.of(e.getMessage());
            }
            catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String name() {
            return location;
        }
    }
}
