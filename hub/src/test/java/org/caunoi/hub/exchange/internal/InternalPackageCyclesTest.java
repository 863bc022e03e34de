package org.caunoi.hub.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The exchange's internals are split by concern (as4, outbox, inbox, keys, endpoints, demo, and the
 * classes directly in {@code internal} they share) so that each can be read and changed on its own;
 * that holds only while no two of them need each other, directly or round a loop.
 *
 * The split left cycles: every dependency between the concerns today lies on one (as4 and outbox call
 * each other; as4 reaches inbox, endpoints and keys, which reach back through the shared classes).
 * The demo code left them when the keys stopped calling it ({@code KeystoreSource}). They are frozen here as the baseline, dependency by dependency between concerns: a new
 * one on a cycle fails, and one removed must be struck from the list. (ArchUnit's
 * {@code FreezingArchRule} keys a cycle by the full text of the class dependencies along it, so any
 * edit to a class on a cycle read as a new violation; the concerns are the level worth guarding.)
 */
class InternalPackageCyclesTest {

    private static final String INTERNAL = "org.caunoi.hub.exchange.internal";

    /** The dependencies between concerns that lie on a cycle, as found when this test was written. */
    private static final Set<String> FROZEN = Set.of(
            "as4 -> endpoints", "as4 -> inbox", "as4 -> internal", "as4 -> keys", "as4 -> outbox",
            "endpoints -> as4", "endpoints -> internal", "endpoints -> keys",
            "inbox -> endpoints", "inbox -> internal", "inbox -> keys",
            "internal -> inbox", "internal -> outbox",
            "keys -> internal",
            "outbox -> as4", "outbox -> endpoints", "outbox -> internal");

    static final JavaClasses EXCHANGE_INTERNAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(INTERNAL);

    @Test
    void noNewDependencyBetweenTheConcernsOfTheExchangesInternalsClosesACycle() {
        Map<String, Set<String>> graph = concernGraph();

        Set<String> onACycle = new TreeSet<>();
        graph.forEach((from, targets) -> targets.stream().filter(to -> reaches(graph, to, from))
                .forEach(to -> onACycle.add(from + " -> " + to)));

        assertThat(onACycle).as("dependencies between concerns of exchange.internal that lie on a cycle")
                .isSubsetOf(FROZEN);
        assertThat(FROZEN).as("frozen cycle dependencies that are gone: strike them from the list")
                .isSubsetOf(onACycle);
    }

    @Test
    void aNewCycleIsSeen() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));

        assertThat(reaches(graph, "b", "a")).isTrue();
        assertThat(reaches(graph, "a", "d")).isFalse();
    }

    /** Which concern depends on which, from the classes' own dependencies. */
    private static Map<String, Set<String>> concernGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass javaClass : EXCHANGE_INTERNAL) {
            Optional<String> from = concernOf(javaClass);
            if (from.isEmpty()) {
                continue;
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                concernOf(dependency.getTargetClass()).filter(to -> !to.equals(from.get()))
                        .ifPresent(to -> graph.computeIfAbsent(from.get(), any -> new TreeSet<>()).add(to));
            }
        }
        return graph;
    }

    /** The sub-package of {@code internal} the class is in, or "internal" for the shared classes. */
    private static Optional<String> concernOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals(INTERNAL)) {
            return Optional.of("internal");
        }
        if (!name.startsWith(INTERNAL + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(INTERNAL.length() + 1);
        return Optional.of(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
    }

    private static boolean reaches(Map<String, Set<String>> graph, String start, String goal) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(Set.of(start));
        while (!next.isEmpty()) {
            String concern = next.pop();
            if (concern.equals(goal)) {
                return true;
            }
            if (seen.add(concern)) {
                next.addAll(graph.getOrDefault(concern, Set.of()));
            }
        }
        return false;
    }
}
