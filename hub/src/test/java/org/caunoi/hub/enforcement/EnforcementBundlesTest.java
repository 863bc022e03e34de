package org.caunoi.hub.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The module's own bundle pair carries the same keys in both languages, every key the module's code
 * names exists, and none is left unused (as the hub's MessageBundlesTest does for the hub's bundles).
 */
class EnforcementBundlesTest {

    static final Path SOURCES = Path.of("src/main/java/org/caunoi/hub/enforcement");
    static final Pattern LITERAL_KEY = Pattern.compile("\"(enforcement\\.[a-z0-9.-]+)\"");
    /** Keys built from a prefix and a code: {@code "enforcement.invalid." + code}. */
    static final Pattern KEY_PREFIX = Pattern.compile("\"(enforcement\\.[a-z0-9.-]+\\.)\"\\s*\\+");
    /** Codes that name a key through {@code InvalidInputException.FieldError.messageKey()}. */
    static final Pattern ERROR_CODE = Pattern.compile("(?:\\badd|InvalidInputException\\.of|FieldError)\\(\\s*[^,;]*?,\\s*\"([a-z-]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("vi")).isEqualTo(keys("en"));
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> used = new TreeSet<>(literalKeys());
        errorCodes().forEach(code -> used.add("enforcement.invalid." + code));

        assertThat(keys("vi")).containsAll(used);
    }

    @Test
    void noKeyIsLeftUnused() throws IOException {
        Set<String> used = new TreeSet<>(literalKeys());
        Set<String> prefixes = new TreeSet<>();
        javaSources().forEach(text -> KEY_PREFIX.matcher(text).results().forEach(match -> prefixes.add(match.group(1))));

        Set<String> unused = new TreeSet<>(keys("en"));
        unused.removeIf(key -> used.contains(key) || prefixes.stream().anyMatch(key::startsWith));

        assertThat(unused).isEmpty();
    }

    private static Set<String> literalKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        javaSources().forEach(text -> LITERAL_KEY.matcher(text).results().forEach(match -> keys.add(match.group(1))));
        keys.removeIf(key -> key.endsWith("."));
        return keys;
    }

    private static Set<String> errorCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        javaSources().forEach(text -> ERROR_CODE.matcher(text).results().forEach(match -> codes.add(match.group(1))));
        return codes;
    }

    private static Stream<String> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).map(EnforcementBundlesTest::read).toList().stream();
        }
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/enforcement_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
