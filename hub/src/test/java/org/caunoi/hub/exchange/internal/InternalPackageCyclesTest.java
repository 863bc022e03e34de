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
 * The exchange's internals are split by concern (as4, outbox, inbox, keys, endpoints, metrics, demo,
 * and the classes directly in {@code internal} they share) so that each can be read and changed on its
 * own; that holds only while no two of them need each other, directly or round a loop.
 *
 * They are layered: the shared classes at the bottom, then keys, endpoints, inbox, as4 (its receiver
 * hands messages to the inbox), outbox (it hands {@code As4Client.UserMessage}s to as4), and metrics
 * and demo on top. A concern that must call one above it owns an interface the upper one implements
 * ({@code keys.KeystoreSource}, {@code endpoints.TrustedCertificates}). Checked at the level of
 * concerns, not classes: ArchUnit's slice rule would name every class dependency along a cycle, where
 * the dependency between two concerns is what a reader has to undo.
 */
class InternalPackageCyclesTest {

    private static final String INTERNAL = "org.caunoi.hub.exchange.internal";

    static final JavaClasses EXCHANGE_INTERNAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(INTERNAL);

    @Test
    void noDependencyBetweenTheConcernsOfTheExchangesInternalsLiesOnACycle() {
        Map<String, Set<String>> graph = concernGraph();

        Set<String> onACycle = new TreeSet<>();
        graph.forEach((from, targets) -> targets.stream().filter(to -> reaches(graph, to, from))
                .forEach(to -> onACycle.add(from + " -> " + to)));

        assertThat(graph).as("the concerns were found").containsKeys("as4", "outbox", "inbox", "endpoints", "keys");
        assertThat(onACycle).as("dependencies between concerns of exchange.internal that lie on a cycle").isEmpty();
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
