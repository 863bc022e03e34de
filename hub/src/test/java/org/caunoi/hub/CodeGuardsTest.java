package org.caunoi.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * What Spring Modulith's verification does not check: a module's internals never reach up into its
 * screens, module listeners run on the listener threads, and every package says that nothing in it is
 * null unless marked so.
 */
class CodeGuardsTest {

    static final JavaClasses HUB = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caunoi.hub");

    @Test
    void internalsDoNotUseTheirModulesScreens() {
        noClasses().that().resideInAPackage("org.caunoi.hub.*.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.caunoi.hub.*.web..")
                .check(HUB);
    }

    @Test
    void moduleListenersRunOnTheListenerThreads() {
        noMethods().should().beAnnotatedWith(ApplicationModuleListener.class)
                .because("it runs on the shared executor, a thread and a connection per event: use platform.events.ModuleListener")
                .check(HUB);
    }

    @Test
    void everyPackageIsNullMarked() throws IOException {
        Path sources = Path.of("src/main/java");
        List<Path> packages;
        try (Stream<Path> files = Files.walk(sources)) {
            packages = files.filter(file -> file.toString().endsWith(".java")).map(Path::getParent).distinct().toList();
        }
        assertThat(packages).isNotEmpty().allSatisfy(dir -> assertThat(dir.resolve("package-info.java"))
                .as("package-info.java of " + sources.relativize(dir)).exists()
                .content().contains("@NullMarked"));
    }
}
