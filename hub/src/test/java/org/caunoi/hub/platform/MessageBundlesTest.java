package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.caunoi.hub.exchange.internal.InboundMessage;
import org.caunoi.hub.exchange.internal.OutboundMessage;
import org.caunoi.hub.exchange.internal.PartnerEndpoint;
import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.AgreementStatus;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.PartnerKind;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.partners.RefusalReason;
import org.caunoi.hub.partners.Region;
import org.junit.jupiter.api.Test;

/**
 * No text outside the bundles: both languages carry the same keys, every key a template or class
 * uses exists, every enum shown on screen has a name in both languages, no key is left unused,
 * and templates hold no visible text of their own.
 */
class MessageBundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]*)");
    static final Pattern DYNAMIC_KEY_PREFIX = Pattern.compile("#\\{'([a-z][a-zA-Z0-9.-]*\\.)'");
    static final Pattern JAVA_KEY = Pattern.compile("\"((?:partners|platform|ui|legal|agreement|assistance|exchange)\\.[a-z0-9.-]+)\"");
    /** Spring's codes for Bean Validation and conversion errors: framework names, not ours. */
    static final Set<String> FRAMEWORK_CODES = Set.of("NotBlank", "NotEmpty", "NotNull", "Size", "Min", "Max", "Email",
            "Pattern", "typeMismatch", "typeMismatch.java.time.LocalDate");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("vi")).isEqualTo(keys("en"));
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> used = new TreeSet<>(literalKeysInTemplates());
        used.addAll(keysInJava());
        used.removeIf(key -> key.endsWith("."));

        assertThat(keys("vi")).containsAll(used);
    }

    @Test
    void everyEnumShownOnScreenHasANameInBothLanguages() throws IOException {
        Set<String> expected = new TreeSet<>();
        expected.addAll(family("partners.kind.", AgreementKind.values()));
        expected.addAll(family("partners.status.", AgreementStatus.values()));
        expected.addAll(family("partners.category.", DataCategory.values()));
        expected.addAll(family("partners.purpose.", Purpose.values()));
        expected.addAll(family("partners.region.", Region.values()));
        expected.addAll(family("partners.partner-kind.", PartnerKind.values()));
        expected.addAll(family("partners.domain.", Partner.FocalPointDomain.values()));
        expected.addAll(family("partners.legal-basis.refused.", RefusalReason.values()));
        expected.addAll(family("exchange.state.", OutboundMessage.State.values()));
        expected.addAll(family("exchange.state.", InboundMessage.State.values()));
        expected.addAll(family("exchange.key-reference.", PartnerEndpoint.KeyReference.values()));

        assertThat(keys("vi")).containsAll(expected);
        assertThat(keys("en")).containsAll(expected);
    }

    @Test
    void noKeyIsLeftUnused() throws IOException {
        Set<String> prefixes = dynamicPrefixes();
        prefixes.add("partners.legal-basis.refused.");
        prefixes.add("exchange.state."); // history states are looked up by name
        Set<String> used = new HashSet<>(literalKeysInTemplates());
        used.addAll(keysInJava());

        Set<String> unused = new TreeSet<>(keys("vi"));
        unused.removeIf(key -> used.contains(key) || FRAMEWORK_CODES.contains(key)
                || prefixes.stream().anyMatch(key::startsWith));

        assertThat(unused).isEmpty();
    }

    @Test
    void templatesHoldNoVisibleTextOfTheirOwn() throws IOException {
        Pattern textNode = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
        List<String> offenders = templates().flatMap(file -> {
            String html = read(file).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<head.*?</head>", "").replaceAll("(?s)<title.*?</title>", "");
            Matcher matcher = textNode.matcher(html);
            List<String> found = new java.util.ArrayList<>();
            while (matcher.find()) {
                // Text inside an element that th:text replaces is only a design-time placeholder.
                int tagStart = html.lastIndexOf('<', matcher.start());
                String tag = html.substring(tagStart, matcher.start() + 1);
                if (!tag.contains("th:text") && !tag.contains("th:errors") && !tag.contains("th:utext")) {
                    found.add(RESOURCES.relativize(file) + ": " + matcher.group(1).strip());
                }
            }
            return found.stream();
        }).toList();

        assertThat(offenders).isEmpty();
    }

    @Test
    void visibleAttributesComeFromTheBundles() throws IOException {
        Pattern literalAttribute = Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"[^\"]*\\p{L}[^\"]*\"");
        List<String> offenders = templates()
                .flatMap(file -> literalAttribute.matcher(read(file)).results()
                        .filter(match -> !match.group().contains("2013"))
                        .map(match -> RESOURCES.relativize(file) + ":" + match.group().strip()))
                .toList();

        assertThat(offenders).isEmpty();
    }

    private static Set<String> family(String prefix, Enum<?>[] values) {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(values).forEach(value -> keys.add(prefix + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        return keys;
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("i18n/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> literalKeysInTemplates() throws IOException {
        Set<String> keys = new TreeSet<>();
        templates().forEach(file -> TEMPLATE_KEY.matcher(read(file)).results().forEach(match -> keys.add(match.group(1))));
        return keys;
    }

    private static Set<String> dynamicPrefixes() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        templates().forEach(file -> DYNAMIC_KEY_PREFIX.matcher(read(file)).results().forEach(match -> prefixes.add(match.group(1))));
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(path -> path.toString().endsWith(".java")).forEach(file ->
                    Pattern.compile("\"((?:partners|platform)\\.[a-z0-9.-]+\\.)\"\\s*\\+").matcher(read(file)).results()
                            .forEach(match -> prefixes.add(match.group(1))));
        }
        // Flash attributes name a message key that the template shows with #{${...}}.
        prefixes.add("partners.document.");
        return prefixes;
    }

    private static Set<String> keysInJava() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(path -> path.toString().endsWith(".java"))
                    .forEach(file -> JAVA_KEY.matcher(read(file)).results().forEach(match -> keys.add(match.group(1))));
        }
        return keys;
    }

    private static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            return files.filter(path -> path.toString().endsWith(".html")).toList().stream();
        }
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
