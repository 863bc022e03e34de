package org.caunoi.bench.exchange;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.caunoi.hub.exchange.Dispatch;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.OutgoingMessage;
import org.caunoi.hub.exchange.rawas4.RawAs4;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * Issue #3's performance figures: signed and encrypted 10 KB messages per second from the hub of
 * Vietnam to the hub of Hong Kong, both in this JVM, against raw phase4 between the same two keys
 * in the same run; with {@code --recipients=3}, each message goes to Hong Kong, Lao PDR and the
 * Republic of Korea (one {@code send}, three copies), and raw phase4 sends the same three copies.
 * <ul>
 * <li><b>raw</b>: the hub's {@link RawAs4} (its phase4 client, the hub's profile) posts straight to
 * {@link RawAs4Receiver}: sign, encrypt, gzip, verify, decrypt, signed receipt, receipt verified;
 * no database anywhere.</li>
 * <li><b>hub</b>: {@code ExchangeService.send} queues the message in the outbox, the outbox sender
 * delivers it to Hong Kong's {@code /as4}, which checks, stores and audits it before the receipt;
 * a message counts once Vietnam has committed the receipt. Hong Kong's handler runs after that.</li>
 * </ul>
 * Both with 4 messages in flight (the outbox sender's 4 threads), then the hub with a queue of
 * messages at once, then one message at a time for latency; all of it twice, on the hub's embedded
 * PostgreSQL as shipped and on one that flushes every commit to disk ({@link HubNetwork.Storage}).
 *
 * Besides rates and latencies it reports CPU time per message (this JVM without its JIT compilers,
 * plus both PostgreSQL servers), which the other users of a shared machine disturb less.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp "bench/target/classes:$(cat bench/target/exchange.classpath)" \
 *     org.caunoi.bench.exchange.ExchangeThroughputBenchmark [--messages=2000] [--warmup=3000] [--rounds=2]
 *     [--latency-messages=200] [--storage=shipped,durable] [--recipients=1|3] [--facts=../shared/reference/cooperation-facts.yaml]
 * </pre>
 * To see where the time goes: {@code -Dbench.threads=true} prints CPU per message by kind of thread
 * and of PostgreSQL process for every run; {@code -Dbench.statements=true} loads pg_stat_statements
 * into the durable servers and prints the costliest statements per message.
 */
public final class ExchangeThroughputBenchmark {

    /** The receiving hubs by number of recipients: Vietnam's partners whose agreements allow the benchmark's category and purpose. */
    private static final List<String> RECIPIENTS = List.of("HK", "LA", "KR");
    private static final DataCategory CATEGORY = DataCategory.ENFORCEMENT_NON_NOMINAL;
    private static final Purpose PURPOSE = Purpose.RISK_ASSESSMENT;
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(120);

    private final HubNetwork hubs;
    private final ReceiptSignal signal;
    private final CpuClock cpu;
    private final byte[] payload;
    private final ExchangeService exchange;
    private final RawAs4 raw;
    private final List<String> partners;
    private final List<Row> rows;
    private final boolean threadBreakdown = Boolean.getBoolean("bench.threads");

    private ExchangeThroughputBenchmark(HubNetwork hubs, ReceiptSignal signal, byte[] payload, List<Row> rows) {
        this.hubs = hubs;
        this.signal = signal;
        this.cpu = new CpuClock(hubs.root);
        this.payload = payload;
        this.rows = rows;
        this.exchange = hubs.vn.getBean(ExchangeService.class);
        this.raw = hubs.vn.getBean(RawAs4.class);
        this.partners = hubs.recipients.stream().map(HubNetwork.Recipient::node).toList();
    }

    /** A run with the CPU time it took, in milliseconds per message. */
    private record Measured(ClosedLoop.Result result, double jvmMillis, double jitMillis, double postgresMillis) {

        double cpuMillis() {
            return jvmMillis + postgresMillis;
        }
    }

    /** One line of the table; {@code raw} is the baseline a hub line is compared with. */
    private record Row(HubNetwork.Storage storage, String run, String inFlight, Measured measured, boolean latency,
            @Nullable Measured raw) {
    }

    @FunctionalInterface
    private interface Run {
        ClosedLoop.Result run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int messages = Integer.parseInt(options.getOrDefault("messages", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3000"));
        int latencyMessages = Integer.parseInt(options.getOrDefault("latency-messages", "200"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        int payloadBytes = Integer.parseInt(options.getOrDefault("payload-bytes", "10240"));
        int recipients = Integer.parseInt(options.getOrDefault("recipients", "1"));
        if (recipients < 1 || recipients > RECIPIENTS.size()) {
            throw new IllegalArgumentException("--recipients must be 1 to " + RECIPIENTS.size());
        }
        List<HubNetwork.Storage> storages = Arrays.stream(options.getOrDefault("storage", "shipped,durable").split(","))
                .map(name -> HubNetwork.Storage.valueOf(name.trim().toUpperCase(Locale.ROOT))).toList();
        Path facts = Path.of(options.getOrDefault("facts", "../shared/reference/cooperation-facts.yaml")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(facts)) {
            throw new IllegalArgumentException("No cooperation facts at " + facts + "; pass --facts=PATH");
        }
        System.out.printf(Locale.ROOT, "# %s, %d processors, %s %s, max heap %d MB, load average %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        List<Row> rows = new ArrayList<>();
        for (HubNetwork.Storage storage : storages) {
            long started = System.nanoTime();
            try (HubNetwork hubs = new HubNetwork(facts, storage, RECIPIENTS.subList(0, recipients));
                    ReceiptSignal signal = new ReceiptSignal(hubs.vnDatabase(), hubs.vnJdbcUrl())) {
                System.out.printf(Locale.ROOT, "%s: Vietnam and %s ready in %.1f s; %s; payload %d bytes, %d recipient(s) per message%n",
                        storage.description, RECIPIENTS.subList(0, recipients), (System.nanoTime() - started) / 1e9,
                        hubs.durabilityInEffect(), payloadBytes, recipients);
                new ExchangeThroughputBenchmark(hubs, signal, pingPayload(payloadBytes), rows)
                        .run(messages, warmup, latencyMessages, rounds);
            }
        }
        printTable(rows);
        System.out.printf(Locale.ROOT, "%n# done %s, load average %s%n", Instant.now(), loadAverage());
    }

    private void run(int messages, int warmup, int latencyMessages, int rounds) throws Exception {
        checkBothPathsDeliver();
        measure("warm-up raw", () -> ClosedLoop.run(4, warmup, this::sendRaw));
        measure("warm-up hub", () -> processed(ClosedLoop.run(4, warmup, this::sendThroughHub)));
        for (int round = 1; round <= rounds; round++) {
            Measured raw = measure("raw, round " + round, () -> ClosedLoop.run(4, messages, this::sendRaw));
            rows.add(new Row(hubs.storage, "raw phase4, round " + round, "4", raw, true, null));
            Measured hub = measure("hub, round " + round, () -> processed(ClosedLoop.run(4, messages, this::sendThroughHub)));
            rows.add(new Row(hubs.storage, "hub to hub, round " + round, "4", hub, true, raw));
        }
        Measured burst = measure("hub, all queued at once", () -> processed(burst(messages)));
        rows.add(new Row(hubs.storage, "hub to hub, " + messages + " queued at once", "4 senders", burst, false, null));
        Measured single = measure("raw, one at a time", () -> ClosedLoop.run(1, latencyMessages, this::sendRaw));
        rows.add(new Row(hubs.storage, "raw phase4, one at a time", "1", single, true, null));
        Measured hub = measure("hub, one at a time", () -> processed(ClosedLoop.run(1, latencyMessages, this::sendThroughHub)));
        rows.add(new Row(hubs.storage, "hub to hub, one at a time", "1", hub, true, single));
        long delivered = checkExactlyOnce();
        hubs.printStatementStatistics(delivered / partners.size());
    }

    /**
     * Waits until every receiving hub has run the handler of every message it stored, so that the CPU
     * time of a run includes it and runs do not overlap; the rate and latencies stay those of the receipts.
     */
    private ClosedLoop.Result processed(ClosedLoop.Result result) throws InterruptedException {
        awaitHandlers();
        return result;
    }

    private void awaitHandlers() throws InterruptedException {
        long began = System.nanoTime();
        for (HubNetwork.Recipient recipient : hubs.recipients) {
            while (recipient.database().queryForObject(
                    "SELECT count(*) FROM exchange.inbound_message WHERE state = 'RECEIVED'", Long.class) > 0) {
                Thread.sleep(20);
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (seconds > 0.1) {
            System.out.printf(Locale.ROOT, "  the receiving hubs' handlers finished %.1f s after the last receipt%n", seconds);
        }
    }

    private Measured measure(String name, Run run) throws Exception {
        Map<String, long[]> threadsBefore = threadBreakdown ? CpuClock.byThread() : Map.of();
        Map<String, Long> postgresBefore = threadBreakdown ? cpu.postgresByKind() : Map.of();
        CpuClock.Reading before = cpu.now();
        ClosedLoop.Result result = run.run();
        CpuClock.Reading used = cpu.now().minus(before);
        if (threadBreakdown) {
            printThreads(threadsBefore, CpuClock.byThread(), result.messages());
            StringBuilder line = new StringBuilder("    PostgreSQL, ms/message:");
            cpu.postgresByKind().forEach((kind, ticks) -> line.append(String.format(Locale.ROOT, " %s %.1f;", kind,
                    (ticks - postgresBefore.getOrDefault(kind, 0L)) * 10.0 / result.messages())));
            System.out.println(line);
        }
        int n = result.messages();
        var measured = new Measured(result, used.jvm() / 1e6 / n, used.jit() / 1e6 / n, used.postgres() / 1e6 / n);
        System.out.printf(Locale.ROOT, "  %-26s %5d messages %6.1f/s, p50 %6.1f ms, p99 %7.1f ms, "
                + "CPU/message %5.1f + %4.1f ms (JIT %4.1f ms) (load %s)%n", name, n, result.perSecond(), result.p50Millis(),
                result.p99Millis(), measured.jvmMillis(), measured.postgresMillis(), measured.jitMillis(), loadAverage());
        return measured;
    }

    /** Milliseconds of CPU per message by kind of thread, user + system, the busiest first. */
    private static void printThreads(Map<String, long[]> before, Map<String, long[]> after, int messages) {
        StringBuilder line = new StringBuilder("    threads, ms/message user+sys:");
        after.entrySet().stream()
                .map(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new double[] {(e.getValue()[0] - was[0]) * 10.0 / messages,
                            (e.getValue()[1] - was[1]) * 10.0 / messages});
                })
                .filter(e -> e.getValue()[0] + e.getValue()[1] >= 0.1)
                .sorted((a, b) -> Double.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .forEach(e -> line.append(String.format(Locale.ROOT, " %s %.1f+%.1f;", e.getKey(), e.getValue()[0], e.getValue()[1])));
        System.out.println(line);
    }

    /** Raw phase4: the hub's client to each recipient's storage-free receiver, one copy after the other. */
    private void sendRaw(int i) {
        for (HubNetwork.Recipient recipient : hubs.recipients) {
            RawAs4.Outcome outcome = raw.send(recipient.node(), recipient.rawUrl(), MessageType.PING, CATEGORY, PURPOSE,
                    "application/xml", payload);
            if (!outcome.delivered()) {
                throw new IllegalStateException("raw send to " + recipient.node() + ": " + outcome.detail());
            }
        }
    }

    /**
     * The hub: one {@code send} queues a copy per recipient in Vietnam's outbox; the message counts once
     * Vietnam has committed every recipient's signed receipt.
     */
    private void sendThroughHub(int i) throws Exception {
        for (String messageId : queue()) {
            awaitDelivered(messageId);
        }
    }

    /** One {@code send} to every recipient; the MessageIds of the copies. */
    private List<String> queue() {
        List<Dispatch> dispatches = exchange.send(
                OutgoingMessage.to(partners, MessageType.PING, CATEGORY, PURPOSE, "application/xml", payload));
        for (Dispatch dispatch : dispatches) {
            if (!dispatch.queued()) {
                throw new IllegalStateException("not queued to " + dispatch.partnerCode() + ": " + dispatch.refusal() + " "
                        + dispatch.legalBasisReason());
            }
        }
        return dispatches.stream().map(dispatch -> Objects.requireNonNull(dispatch.messageId())).toList();
    }

    private void awaitDelivered(String messageId) throws Exception {
        try {
            while (true) {
                String state = signal.outcomeOf(messageId).get(DELIVERY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if ("RECEIPT_RECEIVED".equals(state)) {
                    return;
                }
                if (!"RETRYING".equals(state)) {
                    throw new IllegalStateException(messageId + " ended " + state);
                }
                System.out.println("  " + messageId + " will be retried: " + hubs.vnDatabase().queryForObject(
                        "SELECT last_error FROM exchange.outbound_message WHERE message_id = ?", String.class, messageId));
                signal.forget(messageId);
            }
        }
        finally {
            signal.forget(messageId);
        }
    }

    /** All messages queued at once from 4 threads, measured until the last receipt is committed. */
    private ClosedLoop.Result burst(int messages) throws Exception {
        List<List<String>> ids = new ArrayList<>(Collections.nCopies(messages, List.of()));
        long began = System.nanoTime();
        ClosedLoop.run(4, messages, i -> ids.set(i, queue()));
        long[] latencies = new long[messages];
        for (List<String> copies : ids) {
            for (String id : copies) {
                awaitDelivered(id);
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        // Queue-to-receipt times here mostly measure the wait in the outbox, so the table leaves them out.
        return new ClosedLoop.Result(messages, 4, seconds, latencies);
    }

    private void checkBothPathsDeliver() throws Exception {
        sendRaw(0);
        List<String> ids = queue();
        for (String id : ids) {
            awaitDelivered(id);
        }
        awaitHandlers();
        for (int r = 0; r < ids.size(); r++) {
            HubNetwork.Recipient recipient = hubs.recipients.get(r);
            byte[] stored = recipient.database().queryForObject(
                    "SELECT payload FROM exchange.inbound_message WHERE message_id = ? AND state = 'PROCESSED'", byte[].class,
                    ids.get(r));
            if (!Arrays.equals(stored, payload)) {
                throw new IllegalStateException(recipient.node() + " stored another payload than Vietnam sent");
            }
        }
    }

    /**
     * Every copy Vietnam has a receipt for is stored once by its recipient, and processed once;
     * returns the copies delivered.
     */
    private long checkExactlyOnce() {
        long notDelivered = hubs.vnDatabase().queryForObject(
                "SELECT count(*) FROM exchange.outbound_message WHERE state <> 'RECEIPT_RECEIVED'", Long.class);
        boolean exactlyOnce = notDelivered == 0;
        long total = 0;
        for (HubNetwork.Recipient recipient : hubs.recipients) {
            long delivered = hubs.vnDatabase().queryForObject("""
                    SELECT count(*) FROM exchange.outbound_message WHERE state = 'RECEIPT_RECEIVED' AND partner_code = ?""",
                    Long.class, recipient.node());
            var inbound = recipient.database().queryForMap("""
                    SELECT count(*) AS stored, count(*) FILTER (WHERE state = 'PROCESSED') AS processed,
                           coalesce(sum(duplicates), 0) AS duplicates, coalesce(sum(attempts), 0) AS handler_runs
                      FROM exchange.inbound_message""");
            System.out.printf(Locale.ROOT, "check: Vietnam %d delivered to %s, %d not delivered in all; %s %s%n", delivered,
                    recipient.node(), notDelivered, recipient.node(), inbound);
            exactlyOnce &= ((Number) inbound.get("stored")).longValue() == delivered
                    && ((Number) inbound.get("processed")).longValue() == delivered
                    && ((Number) inbound.get("handler_runs")).longValue() == delivered;
            total += delivered;
        }
        if (!exactlyOnce) {
            throw new IllegalStateException("Not exactly once: see the counts above");
        }
        return total;
    }

    private static void printTable(List<Row> rows) {
        System.out.println();
        System.out.println("| Storage | Run | In flight | Messages | Messages/s | p50 | p99 | CPU per message (JVM + PostgreSQL) "
                + "| Our layer's cost: by rate (1 − hub/raw) | by CPU (1 − raw/hub) |");
        System.out.println("|---------|-----|----------:|---------:|-----------:|----:|----:|------:|------:|------:|");
        for (Row row : rows) {
            ClosedLoop.Result r = row.measured().result();
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %,d | %.0f | %s | %s | %.1f ms (%.1f + %.1f) | %s | %s |%n",
                    row.storage() == HubNetwork.Storage.SHIPPED ? "as shipped" : "durable", row.run(), row.inFlight(),
                    r.messages(), r.perSecond(),
                    row.latency() ? String.format(Locale.ROOT, "%.0f ms", r.p50Millis()) : "–",
                    row.latency() ? String.format(Locale.ROOT, "%.0f ms", r.p99Millis()) : "–",
                    row.measured().cpuMillis(), row.measured().jvmMillis(), row.measured().postgresMillis(),
                    row.raw() == null ? "–" : percent(1 - r.perSecond() / row.raw().result().perSecond()),
                    row.raw() == null ? "–" : percent(1 - row.raw().cpuMillis() / row.measured().cpuMillis()));
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    /** A Ping (the type every hub handles, schema-checked on arrival) padded to the size asked for. */
    static byte[] pingPayload(int size) {
        String head = "<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><From>";
        String tail = "</From><At>2026-11-23T10:00:00Z</At></Ping>";
        int padding = size - head.length() - tail.length();
        if (padding < 2) {
            throw new IllegalArgumentException("A Ping needs at least " + (head.length() + tail.length() + 2) + " bytes");
        }
        // Random text, so gzip cannot shrink the message to nothing (business XML compresses better than this).
        byte[] random = new byte[padding];
        new Random(3).nextBytes(random);
        String filler = Base64.getEncoder().encodeToString(random).substring(0, padding);
        byte[] payload = (head + filler + tail).getBytes(StandardCharsets.US_ASCII);
        if (payload.length != size) {
            throw new IllegalStateException("payload of " + payload.length + " bytes");
        }
        return payload;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        }
        catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options are --name=value: " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
