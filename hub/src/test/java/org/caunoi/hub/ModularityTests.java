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
        if (!documented.equals(diagram) && Boolean.getBoolean("caunoi.docs.update")) {
            Files.writeString(document, text.substring(0, start + begin.length()) + diagram + text.substring(end));
            return;
        }
        assertThat(documented)
                .as("the module diagram in docs/architecture.md is out of date; refresh it with "
                        + "./mvnw -pl hub test -Dtest=ModularityTests -Dcaunoi.docs.update=true")
                .isEqualTo(diagram);
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
        if (!committed.equals(current) && Boolean.getBoolean("caunoi.docs.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, current);
            return;
        }
        assertThat(committed)
                .as("hub/" + file + " is out of date; refresh it with "
                        + "./mvnw -pl hub test -Dtest=ModularityTests -Dcaunoi.docs.update=true")
                .isEqualTo(current);
    }
}
