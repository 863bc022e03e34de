package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Payload schemas as a receiving hub applies them, JSON here (XML is exercised by every Ping). */
class PayloadSchemaTest {

    static final PayloadSchema SEIZURE_NOTE = PayloadSchema.json("exchange/test-schemas/seizure-note-1.schema.json");

    @Test
    void aPayloadThatFollowsTheSchemaPasses() {
        assertThat(SEIZURE_NOTE.problemWith(bytes("""
                {"caseNumber": "VN-2026-118", "seizedAt": "2026-11-20T08:00:00+07:00",
                 "goods": [{"hsCode": "960190", "quantity": 12.5}]}"""))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a required field missing      | {"caseNumber": "VN-2026-118", "goods": [{"hsCode": "960190", "quantity": 1}]}            | seizedAt
            a field of the wrong type     | {"caseNumber": "VN-2026-118", "seizedAt": "x", "goods": [{"hsCode": 960190, "quantity": 1}]} | /goods/0/hsCode
            a field the schema does not know | {"caseNumber": "VN-2026-118", "seizedAt": "x", "goods": [{"hsCode": "960190", "quantity": 1}], "x": 1} | x
            a value outside its range     | {"caseNumber": "VN-2026-118", "seizedAt": "x", "goods": [{"hsCode": "960190", "quantity": 0}]} | /goods/0/quantity
            a key twice in one object     | {"caseNumber": "VN-2026-118", "caseNumber": "HK-2026-1", "seizedAt": "x", "goods": []}    | Duplicate Object property "caseNumber"
            something after the document  | {"caseNumber": "VN-2026-118", "seizedAt": "x", "goods": [{"hsCode": "960190", "quantity": 1}]} {} | Trailing token
            not JSON at all               | <Ping/>                                                                                    | not JSON at line 1
            """)
    void aPayloadThatDoesNotIsRefusedWithWhatAndWhere(String what, String payload, String problemMentions) {
        assertThat(SEIZURE_NOTE.problemWith(bytes(payload))).as(what).hasValueSatisfying(problem ->
                assertThat(problem).contains(problemMentions));
    }

    static final PayloadSchema PING = PayloadSchema.xml("exchange/schemas/ping-1.xsd");

    @Test
    void aPingThatFollowsItsXmlSchemaPasses() {
        assertThat(PING.problemWith(bytes("""
                <Ping xmlns="urn:caunoi:exchange:ping:1"><From>VN</From><At>2026-12-06T08:00:00+07:00</At></Ping>"""))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another namespace             | <Ping xmlns="urn:caunoi:exchange:ping:2"><From>VN</From></Ping>                                   | Ping
            a time that is no time        | <Ping xmlns="urn:caunoi:exchange:ping:1"><From>VN</From><At>noon</At></Ping>                     | noon
            a DOCTYPE (XXE, entity bombs) | <!DOCTYPE Ping [<!ENTITY x "y">]><Ping xmlns="urn:caunoi:exchange:ping:1"><From>&x;</From></Ping> | DOCTYPE
            not XML at all                | {"From": "VN"}                                                                                    | line 1
            """)
    void anXmlPayloadThatDoesNotFollowItsSchemaIsRefusedWithWhatAndWhere(String what, String payload, String problemMentions) {
        assertThat(PING.problemWith(bytes(payload))).as(what).hasValueSatisfying(problem ->
                assertThat(problem).contains(problemMentions));
    }

    @Test
    void aPayloadWithManyFaultsNamesFiveAndCountsTheRest() {
        String goods = "{\"hsCode\": 1, \"quantity\": 0}, ".repeat(3) + "{\"hsCode\": 1, \"quantity\": 0}";

        assertThat(SEIZURE_NOTE.problemWith(bytes("{\"caseNumber\": 1, \"seizedAt\": 2, \"goods\": [" + goods + "]}")))
                .hasValueSatisfying(problem -> {
                    assertThat(problem).matches("(?s).*; and \\d+ more$");
                    assertThat(problem.split("; ")).hasSize(6);
                });
    }

    /** Found by fuzzing: the parser's IOException escaped the check instead of refusing the payload. */
    @Test
    void anXmlPayloadDeclaringAnEncodingThatDoesNotExistIsRefused() {
        assertThat(PING.problemWith(bytes("<?xml version=\"1.0\" encoding=\"UTFA-16\"?><Ping"))).hasValueSatisfying(problem ->
                assertThat(problem).contains("not readable as XML").doesNotContain("Exception"));
    }

    @Test
    void anEmptyPayloadIsRefused() {
        assertThat(SEIZURE_NOTE.problemWith(new byte[0])).hasValueSatisfying(problem -> assertThat(problem).contains("empty"));
    }

    /** A schema is ours and on the class path; what it refers to is never fetched from the network. */
    @Test
    void aSchemaThatRefersToTheNetworkIsRefusedWithoutFetchingIt(@TempDir Path classpath) throws IOException {
        var fetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] answer = "{\"type\": \"object\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        Path schema = classpath.resolve("remote-ref.schema.json");
        Files.writeString(schema, """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$ref": "http://127.0.0.1:%d/elsewhere.schema.json"}""".formatted(server.getAddress().getPort()));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {classpath.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThatThrownBy(() -> PayloadSchema.json("remote-ref.schema.json").problemWith(bytes("{}")))
                    .isInstanceOf(RuntimeException.class);
        }
        finally {
            Thread.currentThread().setContextClassLoader(previous);
            server.stop(0);
        }
        assertThat(fetches).as("requests made to the schema's remote reference").hasValue(0);
    }

    @Test
    void aSchemaMissingFromTheClassPathIsNamed() {
        assertThatThrownBy(() -> PayloadSchema.json("exchange/test-schemas/nowhere.schema.json"))
                .hasMessageContaining("nowhere.schema.json");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
