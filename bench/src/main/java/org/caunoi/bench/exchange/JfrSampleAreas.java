package org.caunoi.bench.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of {@link ExchangeThroughputBenchmark} and prints its execution samples per
 * 100 messages, the hub path's against raw phase4's, by library of the top frame, by marked class
 * anywhere in the stack, and by the first of our frames from the top. A second is the hub's when the
 * outbox sender ran in it and raw phase4 did not, and raw's the other way round; JFR keeps only the
 * top 64 frames of a stack, so the phase is told by time rather than by each stack's bottom.
 *
 * <pre>
 * java -cp bench/target/classes org.caunoi.bench.exchange.JfrSampleAreas RECORDING.jfr RAW_MESSAGES HUB_MESSAGES
 * </pre>
 */
public final class JfrSampleAreas {

    /** Library names by package prefix, in the order they are tried. */
    private static final List<Map.Entry<String, String>> AREAS = List.of(
            Map.entry("org.caunoi.", "ours (org.caunoi)"),
            Map.entry("org.springframework.transaction.", "Spring transactions"),
            Map.entry("org.springframework.jdbc.", "Spring JDBC"),
            Map.entry("org.springframework.", "Spring, other"),
            Map.entry("com.zaxxer.hikari.", "Hikari"),
            Map.entry("org.postgresql.", "PostgreSQL driver"),
            Map.entry("com.helger.phase4.", "phase4"),
            Map.entry("com.helger.", "ph-commons and ph-*"),
            Map.entry("org.apache.wss4j.", "WSS4J and XML security"),
            Map.entry("org.apache.xml.security.", "WSS4J and XML security"),
            Map.entry("org.apache.jcp.xml.", "WSS4J and XML security"),
            Map.entry("sun.security.", "crypto"),
            Map.entry("java.security.", "crypto"),
            Map.entry("javax.crypto.", "crypto"),
            Map.entry("com.sun.crypto.", "crypto"),
            Map.entry("org.bouncycastle.", "crypto"),
            Map.entry("tools.jackson.", "Jackson"),
            Map.entry("com.fasterxml.", "Jackson"),
            Map.entry("org.apache.catalina.", "Tomcat"),
            Map.entry("org.apache.coyote.", "Tomcat"),
            Map.entry("org.apache.tomcat.", "Tomcat"),
            Map.entry("org.apache.hc.", "HttpClient"),
            Map.entry("java.util.zip.", "gzip"),
            Map.entry("com.sun.org.apache.", "JDK XML"),
            Map.entry("javax.xml.", "JDK XML"),
            Map.entry("org.w3c.", "JDK XML"),
            Map.entry("org.xml.", "JDK XML"),
            Map.entry("jdk.xml.", "JDK XML"),
            Map.entry("jakarta.mail.", "MIME"),
            Map.entry("org.eclipse.angus.", "MIME"),
            Map.entry("org.glassfish.", "JAXB (org.glassfish)"),
            Map.entry("ch.qos.", "logging"),
            Map.entry("org.slf4j.", "logging"),
            Map.entry("io.micrometer.", "Micrometer"),
            Map.entry("java.", "JDK, other"),
            Map.entry("jdk.", "JDK, other"),
            Map.entry("sun.", "JDK, other"));

    /** Classes counted wherever they are in a stack: what runs under them, inclusive. */
    private static final List<String> MARKED = List.of("org.springframework.transaction.support.TransactionTemplate",
            "org.springframework.transaction.interceptor.TransactionInterceptor",
            "org.springframework.jdbc.core.simple.DefaultJdbcClient", "org.postgresql.", "com.zaxxer.hikari.",
            "org.caunoi.hub.platform.audit.", "org.caunoi.hub.exchange.PayloadSchema", "org.caunoi.hub.partners.",
            "org.caunoi.hub.exchange.internal.inbox.", "org.caunoi.hub.exchange.internal.outbox.", "com.helger.phase4.",
            "org.apache.wss4j.", "org.springframework.security.");

    private JfrSampleAreas() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Arguments: RECORDING.jfr RAW_MESSAGES HUB_MESSAGES");
        }
        Map<String, Double> messages = Map.of("raw", Double.parseDouble(args[1]), "hub", Double.parseDouble(args[2]));
        List<RecordedEvent> samples = new ArrayList<>();
        Map<Long, int[]> senderAndRawBySecond = new HashMap<>();
        try (var recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                samples.add(event);
                int[] second = senderAndRawBySecond.computeIfAbsent(event.getStartTime().getEpochSecond(), s -> new int[2]);
                RecordedThread thread = event.getThread("sampledThread");
                if (thread != null && thread.getJavaName() != null && thread.getJavaName().startsWith("as4-sender")) {
                    second[0]++;
                }
                if (classes(event).stream().anyMatch(name -> name.contains("RawAs4"))) {
                    second[1]++;
                }
            }
        }
        Map<String, Map<String, Integer>> byArea = new TreeMap<>();
        Map<String, Map<String, Integer>> byMarked = new TreeMap<>();
        Map<String, Map<String, Integer>> byOurFrame = new TreeMap<>();
        Map<String, Integer> total = new TreeMap<>();
        for (RecordedEvent event : samples) {
            int[] second = senderAndRawBySecond.get(event.getStartTime().getEpochSecond());
            String phase = second[0] > 0 && second[1] == 0 ? "hub" : second[1] > 0 && second[0] == 0 ? "raw" : "both";
            total.merge(phase, 1, Integer::sum);
            List<String> classes = classes(event);
            byArea.computeIfAbsent(phase, p -> new TreeMap<>()).merge(area(classes.getFirst()), 1, Integer::sum);
            Set<String> marked = new HashSet<>();
            for (String name : classes) {
                MARKED.stream().filter(name::startsWith).forEach(marked::add);
            }
            marked.forEach(mark -> byMarked.computeIfAbsent(phase, p -> new TreeMap<>()).merge(mark, 1, Integer::sum));
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String name = frame.getMethod() == null ? "" : frame.getMethod().getType().getName();
                if (name.startsWith("org.caunoi.")) {
                    byOurFrame.computeIfAbsent(phase, p -> new TreeMap<>())
                            .merge(name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethod().getName(), 1, Integer::sum);
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "samples by phase %s; per message: raw %.2f, hub %.2f (seconds when both ran are left out)%n",
                total, total.getOrDefault("raw", 0) / messages.get("raw"), total.getOrDefault("hub", 0) / messages.get("hub"));
        print("library of the top frame", byArea, messages);
        print("marked class anywhere in the stack", byMarked, messages);
        print("first of our frames from the top", byOurFrame, messages);
    }

    private static List<String> classes(RecordedEvent event) {
        return event.getStackTrace().getFrames().stream()
                .map(frame -> frame.getMethod() == null ? "" : frame.getMethod().getType().getName()).toList();
    }

    private static String area(String className) {
        return AREAS.stream().filter(area -> className.startsWith(area.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(className);
    }

    private static void print(String title, Map<String, Map<String, Integer>> counts, Map<String, Double> messages) {
        System.out.printf(Locale.ROOT, "%n%s, samples per 100 messages:%n%8s %8s%n", title, "raw", "hub");
        Map<String, Integer> raw = counts.getOrDefault("raw", Map.of());
        Map<String, Integer> hub = counts.getOrDefault("hub", Map.of());
        Set<String> keys = new TreeSet<>(raw.keySet());
        keys.addAll(hub.keySet());
        keys.stream()
                .sorted(Comparator.comparingDouble(key -> -hub.getOrDefault(key, 0) / messages.get("hub")))
                .filter(key -> 100 * hub.getOrDefault(key, 0) / messages.get("hub") >= 0.5
                        || 100 * raw.getOrDefault(key, 0) / messages.get("raw") >= 0.5)
                .limit(40)
                .forEach(key -> System.out.printf(Locale.ROOT, "%8.1f %8.1f  %s%n", 100 * raw.getOrDefault(key, 0) / messages.get("raw"),
                        100 * hub.getOrDefault(key, 0) / messages.get("hub"), key));
    }
}
