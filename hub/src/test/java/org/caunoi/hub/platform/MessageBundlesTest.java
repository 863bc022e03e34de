package org.caunoi.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.platform.i18n.Labels;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * No text outside the bundles. Every module (as Spring Modulith finds it, so a new module is checked
 * without editing this test) has its pair {@code i18n/<module>/messages_vi} and {@code _en} with the
 * same keys, prefixed with the module's name; every key a template or class uses exists; every enum
 * that has names on screen has one for each constant in both languages; no key is left unused; and
 * templates hold no visible text of their own.
 */
class MessageBundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path SOURCES = Path.of("src/main/java");
    static final ApplicationModules MODULES = ApplicationModules.of(CauNoiApplication.class);
    /** Keys of the shared vocabulary (glossary terms, common actions) that live in platform's bundle without its prefix. */
    static final Set<String> SHARED_PREFIXES = Set.of("ui", "legal", "agreement", "assistance");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]*)");
    static final Pattern DYNAMIC_KEY_PREFIX = Pattern.compile("#\\{'([a-z][a-zA-Z0-9.-]*\\.)'");
    static final Pattern LABEL_FAMILY = Pattern.compile("@labels\\.(?:of|orCode)\\('([a-z][a-z0-9.-]*)'");
    /** Spring's codes for Bean Validation and conversion errors: framework names, not ours. */
    static final Set<String> FRAMEWORK_CODES = Set.of("NotBlank", "NotEmpty", "NotNull", "Size", "Min", "Max", "Email",
            "Pattern", "typeMismatch", "typeMismatch.java.time.LocalDate");

    @Test
    void everyModuleHasBothLanguagesWithTheSameKeys() throws IOException {
        for (String module : moduleNames()) {
            assertThat(keys(module, "vi")).as("keys of i18n/%s", module).isNotEmpty().isEqualTo(keys(module, "en"));
        }
    }

    @Test
    void everyBundleFolderBelongsToAModule() throws IOException {
        try (Stream<Path> folders = Files.list(RESOURCES.resolve("i18n"))) {
            assertThat(folders.map(folder -> folder.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(moduleNames());
        }
    }

    @Test
    void keysCarryTheirModulesName() throws IOException {
        List<String> misplaced = new ArrayList<>();
        for (String module : moduleNames()) {
            for (String key : keys(module, "vi")) {
                String prefix = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                boolean shared = module.equals("platform")
                        && (SHARED_PREFIXES.contains(prefix) || FRAMEWORK_CODES.contains(key));
                if (!prefix.equals(module) && !shared) {
                    misplaced.add("i18n/" + module + ": " + key);
                }
            }
        }
        assertThat(misplaced).isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> used = new TreeSet<>(literalKeysInTemplates());
        used.addAll(keysInJava());
        used.removeIf(key -> key.endsWith("."));

        assertThat(allKeys()).containsAll(used);
    }

    /** An enum whose constants have names on screen ({@code <module>.<enum>.<constant>}) has one for every constant. */
    @Test
    void everyEnumWithNamesOnScreenHasOneForEachConstantInBothLanguages() throws IOException {
        Map<String, Set<String>> expected = enumFamilies();
        assertThat(expected).as("enums with names on screen").isNotEmpty();
        Set<String> expectedKeys = expected.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        for (String module : moduleNames()) {
            Set<String> ofModule = expectedKeys.stream().filter(key -> key.startsWith(module + ".")).collect(Collectors.toSet());
            assertThat(keys(module, "vi")).containsAll(ofModule);
            assertThat(keys(module, "en")).containsAll(ofModule);
        }
    }

    @Test
    void everyFamilyTemplatesNameByCodeExists() throws IOException {
        Set<String> families = new TreeSet<>();
        templates().forEach(file -> LABEL_FAMILY.matcher(read(file)).results().forEach(match -> families.add(match.group(1))));
        Set<String> keys = allKeys();
        assertThat(families).isNotEmpty()
                .allSatisfy(family -> assertThat(keys).anyMatch(key -> key.startsWith(family + ".")));
    }

    @Test
    void noKeyIsLeftUnused() throws IOException {
        Set<String> prefixes = dynamicPrefixes();
        Set<String> used = new HashSet<>(literalKeysInTemplates());
        used.addAll(keysInJava());
        enumFamilies().values().forEach(used::addAll);

        Set<String> unused = allKeys();
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
            List<String> found = new ArrayList<>();
            while (matcher.find()) {
                // Text inside an element that th:text replaces is only a design-time placeholder.
                int tagStart = html.lastIndexOf('<', matcher.start());
                String tag = html.substring(tagStart, matcher.start() + 1);
                if (!tag.contains("th:text") && !tag.contains("th:errors") && !tag.contains("th:utext")
                        && !tag.contains("th:replace")) {
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

    private static List<String> moduleNames() {
        return MODULES.stream().map(module -> module.getIdentifier().toString()).sorted().toList();
    }

    /**
     * For every enum of every module that has at least one name in its module's bundle, the keys all its
     * constants need. (An enum never shown on screen, such as a transport result, has none.)
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> enumFamilies() throws IOException {
        Map<String, Set<String>> families = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            Set<String> moduleKeys = keys(module.getIdentifier().toString(), "vi");
            module.getBasePackage().stream().filter(type -> type.isEnum()).forEach(type -> {
                Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type.reflect();
                String family = Labels.family(enumType);
                if (moduleKeys.stream().anyMatch(key -> key.startsWith(family + "."))) {
                    families.computeIfAbsent(family, f -> new TreeSet<>()).addAll(Arrays.stream(enumType.getEnumConstants())
                            .map(Labels::key).toList());
                }
            });
        }
        return families;
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> all = new TreeSet<>();
        for (String module : moduleNames()) {
            all.addAll(keys(module, "vi"));
        }
        return all;
    }

    private static Set<String> keys(String module, String language) throws IOException {
        Path file = RESOURCES.resolve("i18n/" + module + "/messages_" + language + ".properties");
        assertThat(file).as("the bundle of module " + module).exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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
        templates().forEach(file -> LABEL_FAMILY.matcher(read(file)).results().forEach(match -> prefixes.add(match.group(1) + ".")));
        Pattern javaPrefix = Pattern.compile("\"((?:" + String.join("|", keyPrefixes()) + ")\\.[a-z0-9.-]+\\.)\"\\s*\\+");
        javaFiles().forEach(file -> javaPrefix.matcher(read(file)).results().forEach(match -> prefixes.add(match.group(1))));
        // The audit screen names actions and record types from any module's bundle (AuditVocabularyTest checks them).
        moduleNames().forEach(module -> prefixes.addAll(List.of(module + ".audit-action.", module + ".audit-record.")));
        // Message types are named from the bundle of the module their service names (MessageTypeNamesTest checks them).
        moduleNames().forEach(module -> prefixes.add(module + ".message-type."));
        // The menu names a module's links by <module>.nav.group (PageKitTest reads every group's name on screen).
        moduleNames().forEach(module -> prefixes.add(module + ".nav.group"));
        // Flash attributes name a message key that the template shows with #{${...}}.
        prefixes.add("partners.document.");
        return prefixes;
    }

    private static Set<String> keysInJava() throws IOException {
        Pattern javaKey = Pattern.compile("\"((?:" + String.join("|", keyPrefixes()) + ")\\.[a-z0-9.-]+)\"");
        Set<String> keys = new TreeSet<>();
        javaFiles().forEach(file -> javaKey.matcher(read(file)).results().forEach(match -> keys.add(match.group(1))));
        return keys;
    }

    private static List<String> keyPrefixes() {
        List<String> prefixes = new ArrayList<>(moduleNames());
        prefixes.addAll(SHARED_PREFIXES);
        return prefixes;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        }
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
