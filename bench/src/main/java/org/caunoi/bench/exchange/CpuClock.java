package org.caunoi.bench.exchange;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CPU time spent by this JVM (both hubs, the benchmark) and by the PostgreSQL servers whose data lie
 * under the benchmark's folder, read from {@code /proc}. On a machine others use too, CPU time per
 * message says more than wall-clock rates: it does not grow while the benchmark waits for a core.
 */
final class CpuClock {

    /** Linux reports process times in clock ticks of 1/100 s on every common platform. */
    static final long NANOS_PER_TICK = 10_000_000L;

    private final String dataFolder;

    CpuClock(Path dataFolder) {
        this.dataFolder = dataFolder.toString();
    }

    /**
     * CPU time used so far, in nanoseconds: by the JVM without its JIT compilers, by the JIT compilers
     * (still busy minutes into a run on two shared cores: warm-up, not cost per message), by PostgreSQL.
     */
    record Reading(long jvm, long jit, long postgres) {

        Reading minus(Reading earlier) {
            return new Reading(jvm - earlier.jvm, jit - earlier.jit, postgres - earlier.postgres);
        }
    }

    Reading now() {
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long jit = 0;
        for (Map.Entry<String, long[]> group : byThread().entrySet()) {
            if (group.getKey().startsWith("C1 Compiler") || group.getKey().startsWith("C2 Compiler")) {
                jit += (group.getValue()[0] + group.getValue()[1]) * NANOS_PER_TICK;
            }
        }
        long postgres = postgresByKind().values().stream().mapToLong(Long::longValue).sum() * NANOS_PER_TICK;
        return new Reading(process - jit, jit, postgres);
    }

    /**
     * This JVM's CPU time so far by kind of thread (the name without its number), user and system
     * apart, in clock ticks. Threads that have ended are missing.
     */
    static Map<String, long[]> byThread() {
        Map<String, long[]> groups = new TreeMap<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path thread : threads) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long[] ticks = groups.computeIfAbsent(name.replaceAll("[-#]?[0-9]+$", ""), g -> new long[2]);
                    ticks[0] += Long.parseLong(fields[11]);
                    ticks[1] += Long.parseLong(fields[12]);
                }
                catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        }
        catch (IOException e) {
            return Map.of();
        }
        return groups;
    }

    /**
     * PostgreSQL's CPU time so far in clock ticks by kind of process: the servers themselves, client
     * sessions, each background process by its title (walwriter, checkpointer, io worker…), and
     * "ended children", the time of processes that have exited (mostly autovacuum workers).
     */
    Map<String, Long> postgresByKind() {
        Map<Long, long[]> times = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        Set<Long> servers = new HashSet<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // after the name: state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17)
                    parents.put(pid, Long.parseLong(fields[1]));
                    times.put(pid, new long[] {Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                            Long.parseLong(fields[13]) + Long.parseLong(fields[14])});
                    String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ').trim();
                    titles.put(pid, command);
                    if (command.contains("postgres") && command.contains(" -D " + dataFolder)) {
                        servers.add(pid);
                    }
                }
                catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        }
        catch (IOException e) {
            return Map.of();
        }
        Map<String, Long> kinds = new TreeMap<>();
        ArrayDeque<Long> todo = new ArrayDeque<>(servers);
        while (!todo.isEmpty()) {
            long pid = todo.pop();
            String title = titles.get(pid);
            String kind = servers.contains(pid) ? "postmaster"
                    : title.startsWith("postgres: postgres ") ? "client sessions"
                    : title.replaceFirst("^postgres: ", "").replaceAll(" [0-9]+$", "");
            kinds.merge(kind, times.get(pid)[0], Long::sum);
            kinds.merge("ended children", times.get(pid)[1], Long::sum);
            parents.forEach((child, parent) -> {
                if (parent == pid) {
                    todo.push(child);
                }
            });
        }
        return kinds;
    }
}
