package org.caunoi.hub.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.PayloadSchema;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payload schema of every message type this hub takes, published for partners' engineers (who
 * may run another AS4 gateway and have no account here) and for partners' hubs, which learn from it
 * which version of each payload this hub takes: {@code /schemas} lists the types with their schemas, a
 * type once per version it is taken in (oldest first); {@code /schemas/enforcement/case-report-1.schema.json}
 * gives one. Only the handlers' schemas are served; they are no secret.
 */
@RestController
class PayloadSchemaFiles {

    private static final String FOLDER = "/schemas/";

    record Published(String type, String schema) {
    }

    private final List<Published> published;

    PayloadSchemaFiles(List<MessageHandler> handlers) {
        // Every version a type is taken in, so a partner's hub can tell which it may send.
        this.published = handlers.stream()
                .filter(handler -> !(handler.schema() instanceof PayloadSchema.None))
                .flatMap(handler -> Stream.concat(handler.earlierSchemas().stream(), Stream.of(handler.schema()))
                        .map(schema -> new Published(handler.type().toString(), address(schema.name()))))
                .sorted(Comparator.comparing(Published::type)).toList();
    }

    /** {@code enforcement/schemas/case-report-1.schema.json} → {@code /schemas/enforcement/case-report-1.schema.json}. */
    private static String address(String location) {
        return "/schemas/" + location.replaceFirst("/schemas/", "/");
    }

    @GetMapping(path = "/schemas", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Published> list() {
        return published;
    }

    @GetMapping("/schemas/{module}/{file}")
    ResponseEntity<byte[]> schema(@PathVariable String module, @PathVariable String file) throws IOException {
        String address = FOLDER + module + "/" + file;
        Optional<Published> known = published.stream().filter(schema -> schema.schema().equals(address)).findFirst();
        if (known.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        try (InputStream in = new ClassPathResource(module + FOLDER + file).getInputStream()) {
            MediaType type = file.endsWith(".xsd") ? MediaType.APPLICATION_XML : MediaType.APPLICATION_JSON;
            return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(in.readAllBytes());
        }
    }
}
