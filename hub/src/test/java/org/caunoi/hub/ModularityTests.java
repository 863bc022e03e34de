package org.caunoi.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds (no module reaches into another's internals, no cycles), and the
 * diagram in {@code docs/architecture.md} and the module list the hub starts with are the ones the
 * code produces today.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CauNoiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyBusinessModuleIsKnown() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("platform", "partners");
    }

    /** A new module plugs in its menu entries and pages; the shared page shell never has to name it. */
    @Test
    void theLayoutNamesNoModule() throws IOException {
        String layout = Files.readString(Path.of("src/main/resources/templates/layout.html"));
        MODULES.stream().map(module -> module.getIdentifier().toString()).filter(name -> !name.equals("platform"))
                .forEach(name -> assertThat(layout).as("layout.html names module " + name)
                        .doesNotContain(name + ".", "/" + name, name + "/"));
    }

    @Test
    void architectureDocumentShowsTheCurrentModuleDiagram() throws IOException {
        Path output = Path.of("target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.C4));
        String diagram = Files.readString(output.resolve("components.puml")).strip();
        Path document = Path.of("../docs/architecture.md");
        String text = Files.readString(document);
        String begin = "```plantuml\n";
        int start = text.indexOf(begin);
        int end = text.indexOf("\n```", start + begin.length());
        assertThat(start).as("docs/architecture.md has a ```plantuml block").isNotNegative();
        String documented = text.substring(start + begin.length(), end).strip();
        if (!sortedLines(documented).equals(sortedLines(diagram)) && Boolean.getBoolean("caunoi.docs.update")) {
            Files.writeString(document, text.substring(0, start + begin.length()) + diagram + text.substring(end));
            return;
        }
        // The generator lists modules and relations in no fixed order from run to run: compare the lines as a set.
        assertThat(sortedLines(documented))
                .as("the module diagram in docs/architecture.md is out of date; refresh it with "
                        + "./mvnw -pl hub test -Dtest=ModularityTests -Dcaunoi.docs.update=true")
                .isEqualTo(sortedLines(diagram));
    }

    /**
     * The hub reads its module list (which Flyway migrations run, in which order) from this file
     * instead of scanning its own classes with ArchUnit at every start, which cost 3 of its
     * 16 seconds.
     */
    @Test
    void precomputedModuleListIsCurrent() throws IOException {
        String current = new ApplicationModulesExporter(MODULES).toJson();
        Path file = Path.of("src/main/resources/META-INF/spring-modulith/application-modules.json");
        String committed = Files.exists(file) ? Files.readString(file) : "";
        if (!canonical(committed).equals(canonical(current)) && Boolean.getBoolean("caunoi.docs.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, current);
            return;
        }
        // Order of modules and dependencies varies between runs; the content is what matters.
        assertThat(canonical(committed))
                .as("hub/" + file + " is out of date; refresh it with "
                        + "./mvnw -pl hub test -Dtest=ModularityTests -Dcaunoi.docs.update=true")
                .isEqualTo(canonical(current));
    }

    private static java.util.List<String> sortedLines(String text) {
        return text.lines().map(String::strip).sorted().toList();
    }

    /** The JSON with object keys sorted and arrays sorted, so two orderings of one content compare equal. */
    private static String canonical(String json) {
        if (json.isBlank()) {
            return "";
        }
        return canonical(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json)).toString();
    }

    private static Object canonical(tools.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            var sorted = new java.util.TreeMap<String, Object>();
            node.properties().forEach(entry -> sorted.put(entry.getKey(), canonical(entry.getValue())));
            return sorted;
        }
        if (node.isArray()) {
            var items = new java.util.ArrayList<String>();
            node.values().forEach(item -> items.add(String.valueOf(canonical(item))));
            java.util.Collections.sort(items);
            return items;
        }
        return node.asString();
    }
}
