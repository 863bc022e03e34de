package org.caunoi.hub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.caunoi.hub.platform.i18n.Labels;
import org.junit.jupiter.api.Test;

/**
 * Every message type a module sends or handles has a name in both languages, in the bundle of the
 * module its service names, and no bundle names a type nothing uses: the message screens and the
 * audit trail show types by these names.
 */
class MessageTypeNamesTest {

    static final Path SOURCES = Path.of("src/main/java/org/caunoi/hub");
    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Pattern TYPE = Pattern.compile("new\\s+MessageType\\(\\s*\"([a-z][a-z0-9-]*)\"\\s*,\\s*\"([A-Za-z][A-Za-z0-9-]*)\"\\s*\\)");

    @Test
    void everyTypeInTheSourcesHasANameInBothLanguages() throws IOException {
        Set<String> keys = typeKeys();
        assertThat(keys).contains("exchange.message-type.ping", "enforcement.message-type.case-report",
                "assistance.message-type.request");
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            String module = key.substring(0, key.indexOf('.'));
            for (String language : List.of("vi", "en")) {
                if (!bundle(module, language).containsKey(key)) {
                    missing.add(key + " in " + language);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noBundleNamesATypeNothingUses() throws IOException {
        Set<String> used = typeKeys();
        List<String> stale = new ArrayList<>();
        try (Stream<Path> folders = Files.list(BUNDLES)) {
            for (Path folder : folders.toList()) {
                String module = folder.getFileName().toString();
                bundle(module, "vi").stringPropertyNames().stream()
                        .filter(key -> key.startsWith(module + ".message-type.") && !used.contains(key))
                        .forEach(stale::add);
            }
        }
        assertThat(stale).isEmpty();
    }

    private static Set<String> typeKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                TYPE.matcher(Files.readString(file)).results()
                        .forEach(match -> keys.add(Labels.messageTypeKey(match.group(1), match.group(2))));
            }
        }
        keys.add(Labels.messageTypeKey(MessageType.PING.service(), MessageType.PING.action()));
        return keys;
    }

    private static Properties bundle(String module, String language) throws IOException {
        Properties properties = new Properties();
        Path file = BUNDLES.resolve(module).resolve("messages_" + language + ".properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
