package org.caunoi.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The benchmarks use the hub as any other Maven module must: through its modules' APIs and the
 * named interfaces it exports (the exchange's {@code rawas4} for the raw-phase4 baseline), never a
 * module's {@code internal} or {@code web} package, which Spring Modulith's own check does not see
 * from outside the hub.
 */
@AnalyzeClasses(packages = "org.caunoi.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class HubBoundariesTest {

    @ArchTest
    static final ArchRule benchmarksUseNoInternalOrWebPackageOfTheHub = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.caunoi.hub..internal..", "org.caunoi.hub..web..")
            .because("a module's internal and web packages are its own; export what another Maven module needs");
}
