package org.caunoi.hub.exchange;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The crash soak: two demo hubs (VN and HK) in processes of their own exchange messages through the
 * API (VN sends {@code messages} pings to HK, HK a tenth as many to VN) while hubs are killed with
 * SIGKILL at random moments and started again on the same data, and their embedded PostgreSQL is
 * killed on its own. Once everything has settled it checks, from each hub's own database and API,
 * that every message was delivered and processed exactly once, every receipt came back and both
 * audit chains are intact. {@code CrashSoakTest} runs it small in the build; {@code bench/crash-soak.sh}
 * runs it large from the built jar, through {@link #main}.
 */
public final class CrashSoak {

    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * What to run.
     *
     * @param messages pings from VN to HK (HK sends a tenth as many back)
     * @param hubKills hub processes killed (VN or HK at random)
     * @param databaseKills embedded PostgreSQL servers killed alone (VN's or HK's at random)
     * @param recoveryTimeout how long a hub whose database was killed gets to recover on its own
     * @param settleTimeout how long, after the last kill, every message gets to be delivered and processed
     * @param killPhase no kill starts later than this after both hubs are up: the rest of the messages are
     *        then sent at once and the run settles, so that a slow machine still gets its checks
     */
    public record Settings(Path workDir, List<String> launcher, int messages, int hubKills, int databaseKills,
            Duration startTimeout, Duration recoveryTimeout, Duration settleTimeout, Duration killPhase, long seed) {
    }

    /** One line of the summary: what was checked, whether it held, and the figures behind it. */
    public record Check(String name, boolean passed, String detail) {

        @Override
        public String toString() {
            return (passed ? "PASS " : "FAIL ") + name + ": " + detail;
        }
    }

    private final Settings settings;
    private final Random random;
    private final HubProcess vn;
    private final HubProcess hk;
    private final List<String> log = new CopyOnWriteArrayList<>();
    /** Events done so far: each releases the next share of the messages, so messages are in flight at every kill. */
    private final AtomicInteger eventsDone = new AtomicInteger();
    private final AtomicInteger failedSends = new AtomicInteger();
    private final List<Duration> databaseRecoveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger databaseRestartsNeeded = new AtomicInteger();
    private final AtomicLong started = new AtomicLong();
    private final Map<String, Instant> sentByVn = new ConcurrentHashMap<>();
    private final Map<String, Instant> sentByHk = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public CrashSoak(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        Path pki = settings.workDir().resolve("demo-pki");
        int vnPort = DemoHubs.freePort();
        int hkPort = DemoHubs.freePort();
        Map<String, Integer> ports = Map.of("VN", vnPort, "HK", hkPort);
        this.vn = hub("VN", vnPort, pki, ports);
        this.hk = hub("HK", hkPort, pki, ports);
    }

    private HubProcess hub(String node, int port, Path pki, Map<String, Integer> ports) {
        Path dataDir = settings.workDir().resolve(node.toLowerCase(java.util.Locale.ROOT));
        List<String> arguments = new ArrayList<>(DemoHubs.arguments(node, dataDir, port, pki, ports));
        // A kill leaves the message being sent claimed until its lease ends (5 minutes in production):
        // shortened, so that the soak measures recovery and not the lease.
        arguments.add("--caunoi.exchange.send-lease=10s");
        return new HubProcess(node, port, dataDir, settings.launcher(), arguments);
    }

    /** Runs the soak and returns one check per line of the summary; the hubs are stopped in the end, however it ends. */
    public List<Check> run() throws Exception {
        started.set(System.nanoTime());
        try {
            Files.createDirectories(settings.workDir());
            // The first start creates the demo PKI both hubs share: one after the other.
            vn.start();
            awaitReady(vn);
            hk.start();
            awaitReady(hk);
            say("both hubs ready");
            Thread vnSender = Thread.ofPlatform().name("soak-vn-sender").start(() -> send(vn, "HK", settings.messages(), sentByVn));
            Thread hkSender = Thread.ofPlatform().name("soak-hk-sender")
                    .start(() -> send(hk, "VN", Math.max(1, settings.messages() / 10), sentByHk));
            crash();
            vnSender.join();
            hkSender.join();
            say("all sent; waiting for every message to settle");
            boolean settled = settle(sentByVn.keySet(), sentByHk.keySet());
            List<Check> checks = new ArrayList<>();
            checks.addAll(checkDirection(vn, hk, sentByVn));
            checks.addAll(checkDirection(hk, vn, sentByHk));
            checks.add(auditChain(vn));
            checks.add(auditChain(hk));
            checks.add(databaseRecovery());
            checks.add(new Check("settled in time", settled, "within " + settings.settleTimeout() + " after the last kill; "
                    + failedSends.get() + " sends refused or unanswered while a hub was down, sent again"));
            say("ran " + Duration.ofNanos(System.nanoTime() - started.get()).toSeconds() + " s");
            checks.forEach(check -> say(check.toString()));
            return checks;
        }
        finally {
            stopping = true;
            vn.kill();
            hk.kill();
            vn.postmaster().ifPresent(ProcessHandle::destroy);
            hk.postmaster().ifPresent(ProcessHandle::destroy);
        }
    }

    /** Lines of what happened, for the log of a run. */
    public List<String> log() {
        return Collections.unmodifiableList(log);
    }

    private void say(String line) {
        String stamped = String.format("[%6.1f s] %s", (System.nanoTime() - started.get()) / 1e9, line);
        log.add(stamped);
        System.out.println(stamped);
    }

    /** Sends pings one after the other, each released by the kills done so far; a send the hub did not confirm is sent again. */
    private void send(HubProcess from, String partner, int count, Map<String, Instant> sent) {
        int events = settings.hubKills() + settings.databaseKills();
        for (int i = 0; i < count && !stopping; i++) {
            int message = i;
            Awaitility.await("message " + message + " released").forever().pollInterval(Duration.ofMillis(50))
                    .until(() -> stopping || message < (long) count * (eventsDone.get() + 1) / (events + 1));
            while (!stopping) {
                try {
                    HttpResponse<String> answer = from.api("POST", "/api/exchange/ping?partner=" + partner, "liaison");
                    Matcher id = MESSAGE_ID.matcher(answer.body());
                    if (answer.statusCode() == 202 && id.find()) {
                        sent.put(id.group(1), Instant.now());
                        break;
                    }
                }
                catch (java.io.IOException hubDown) {
                    // sent again below, once the hub answers
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                failedSends.incrementAndGet();
                Awaitility.await().forever().pollInterval(Duration.ofMillis(200)).until(() -> stopping || readyQuietly(from));
            }
        }
    }

    private static boolean readyQuietly(HubProcess hub) {
        try {
            return hub.ready();
        }
        catch (IllegalStateException processGone) {
            return false; // being restarted
        }
    }

    /** Kills hubs and databases at random moments while messages flow, and starts what is down again. */
    private void crash() throws InterruptedException {
        List<Boolean> databaseFirst = new ArrayList<>();
        for (int i = 0; i < settings.hubKills(); i++) {
            databaseFirst.add(false);
        }
        for (int i = 0; i < settings.databaseKills(); i++) {
            databaseFirst.add(true);
        }
        Collections.shuffle(databaseFirst, random);
        int kill = 0;
        long killsUntil = System.nanoTime() + settings.killPhase().toNanos();
        for (boolean database : databaseFirst) {
            if (System.nanoTime() > killsUntil) {
                say("kill phase of " + settings.killPhase() + " over after " + kill + " kills: sending the rest");
                eventsDone.set(databaseFirst.size());
                return;
            }
            kill++;
            // Once the share of messages released by the last event is queued (on a slow machine the
            // senders lag), a random moment between a quarter of a second and four seconds later, while
            // those messages are being delivered.
            awaitReleasedShareQueued(databaseFirst.size());
            Thread.sleep(250 + random.nextInt(3750));
            HubProcess victim = random.nextBoolean() ? vn : hk;
            if (database) {
                killDatabase(victim, kill);
            }
            else {
                victim.kill();
                say("kill " + kill + ": SIGKILL to the " + victim + " hub");
                victim.start();
                awaitReady(victim);
                say("the " + victim + " hub is back");
            }
            eventsDone.incrementAndGet();
            say("sent so far: " + sentByVn.size() + " by VN, " + sentByHk.size() + " by HK");
        }
    }

    private void awaitReleasedShareQueued(int events) {
        int done = eventsDone.get();
        long vnShare = (long) settings.messages() * (done + 1) / (events + 1);
        long hkShare = (long) Math.max(1, settings.messages() / 10) * (done + 1) / (events + 1);
        try {
            Awaitility.await("released share queued").atMost(settings.startTimeout()).pollInterval(Duration.ofMillis(100))
                    .until(() -> sentByVn.size() >= vnShare && sentByHk.size() >= hkShare);
        }
        catch (ConditionTimeoutException slow) {
            say("the senders are behind: " + sentByVn.size() + " of " + vnShare + " by VN, " + sentByHk.size() + " of "
                    + hkShare + " by HK; killing anyway");
        }
    }

    private void killDatabase(HubProcess victim, int kill) {
        long pid = victim.killDatabase();
        say("kill " + kill + ": SIGKILL to the " + victim + " hub's PostgreSQL (pid " + pid + ")");
        long before = System.nanoTime();
        try {
            Awaitility.await().atMost(settings.recoveryTimeout()).pollInterval(Duration.ofMillis(250))
                    .until(() -> victim.postmaster().isPresent() && answersFromDatabase(victim));
            Duration took = Duration.ofNanos(System.nanoTime() - before);
            databaseRecoveries.add(took);
            say("the " + victim + " hub recovered on its own in " + took.toMillis() + " ms");
        }
        catch (ConditionTimeoutException notRecovered) {
            databaseRestartsNeeded.incrementAndGet();
            say("the " + victim + " hub did not recover within " + settings.recoveryTimeout() + ": restarting it");
            victim.kill();
            victim.start();
            awaitReady(victim);
            say("the " + victim + " hub is back");
        }
    }

    /** The hub answers an API call that reads its database. */
    private static boolean answersFromDatabase(HubProcess hub) {
        try {
            return hub.api("GET", "/api/exchange/messages?size=1", "liaison").statusCode() == 200;
        }
        catch (java.io.IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(HubProcess hub) {
        Awaitility.await(hub + " ready").atMost(settings.startTimeout()).pollInterval(Duration.ofMillis(250)).until(hub::ready);
    }

    /** Waits until each side has every message it was sent processed and every receipt back. */
    private boolean settle(Set<String> sentByVn, Set<String> sentByHk) {
        try {
            Awaitility.await("settled").atMost(settings.settleTimeout()).pollInterval(Duration.ofSeconds(1))
                    .until(() -> settled(vn, hk, sentByVn) && settled(hk, vn, sentByHk));
            say("settled");
            return true;
        }
        catch (ConditionTimeoutException e) {
            say("not settled within " + settings.settleTimeout());
            return false;
        }
    }

    private static boolean settled(HubProcess from, HubProcess to, Set<String> sent) throws SQLException {
        try (Connection sender = from.database(); Connection receiver = to.database()) {
            return count(sender, "SELECT count(*) FROM exchange.outbound_message WHERE partner_code = ? AND state <> 'RECEIPT_RECEIVED'",
                    to.node) == 0
                    && count(receiver, "SELECT count(*) FROM exchange.inbound_message WHERE partner_code = ? AND state <> 'PROCESSED'",
                            from.node) == 0
                    && count(receiver, "SELECT count(*) FROM exchange.inbound_message WHERE partner_code = ?", from.node) >= sent.size();
        }
    }

    /** The checks of one direction, from the sender's and the receiver's own databases. */
    private List<Check> checkDirection(HubProcess from, HubProcess to, Map<String, Instant> sent) throws SQLException {
        String direction = from + " → " + to + ": ";
        try (Connection sender = from.database(); Connection receiver = to.database()) {
            Map<String, Row> out = rows(sender, """
                    SELECT message_id, state, created_at, receipt_at FROM exchange.outbound_message WHERE partner_code = ?""", to.node);
            Map<String, Row> in = rows(receiver, """
                    SELECT message_id, state, received_at, processed_at FROM exchange.inbound_message WHERE partner_code = ?""",
                    from.node);
            Map<String, Long> processedEvents = counts(receiver, """
                    SELECT message_id, count(*) FROM exchange.message_event WHERE direction = 'IN' AND state = 'PROCESSED'
                    GROUP BY message_id""");
            Map<String, Long> processedAudits = counts(receiver, """
                    SELECT record_id, count(*) FROM platform.audit_entry WHERE action = 'EXCHANGE_PROCESSED'
                    AND record_type = 'exchange-message' GROUP BY record_id""");
            long copiesReceivedAgain = count(receiver, "SELECT coalesce(sum(duplicates), 0) FROM exchange.inbound_message WHERE partner_code = ?",
                    from.node);

            Set<String> lostSends = new HashSet<>(sent.keySet());
            lostSends.removeAll(out.keySet());
            List<String> withoutReceipt = out.entrySet().stream()
                    .filter(e -> !"RECEIPT_RECEIVED".equals(e.getValue().state()) || e.getValue().doneAt() == null).map(Map.Entry::getKey).toList();
            Set<String> notDelivered = new HashSet<>(out.keySet());
            notDelivered.removeAll(in.keySet());
            Set<String> neverSent = new HashSet<>(in.keySet());
            neverSent.removeAll(out.keySet());
            List<String> notProcessedOnce = out.keySet().stream()
                    .filter(id -> !in.containsKey(id) || !"PROCESSED".equals(in.get(id).state())
                            || processedEvents.getOrDefault(id, 0L) != 1 || processedAudits.getOrDefault(id, 0L) != 1)
                    .toList();
            List<Duration> delays = out.values().stream().filter(r -> r.doneAt() != null)
                    .map(r -> Duration.between(r.at(), r.doneAt())).sorted().toList();
            List<Duration> processing = out.entrySet().stream().filter(e -> in.containsKey(e.getKey()) && in.get(e.getKey()).doneAt() != null)
                    .map(e -> Duration.between(e.getValue().at(), in.get(e.getKey()).doneAt())).sorted().toList();
            return List.of(
                    new Check(direction + "every send the API confirmed is in the outbox", lostSends.isEmpty(),
                            sent.size() + " confirmed, " + out.size() + " in the outbox (" + (out.size() - sent.size() + lostSends.size())
                                    + " queued whose answer was lost in a kill), missing " + sample(lostSends)),
                    new Check(direction + "every receipt back on the sender", withoutReceipt.isEmpty(),
                            (out.size() - withoutReceipt.size()) + " of " + out.size() + " with a receipt; delay to the receipt p50 "
                                    + percentile(delays, 50) + ", p99 " + percentile(delays, 99) + ", max " + percentile(delays, 100)
                                    + "; missing " + sample(withoutReceipt)),
                    new Check(direction + "every message delivered, nothing the sender did not send", notDelivered.isEmpty() && neverSent.isEmpty(),
                            in.size() + " stored by the receiver; not delivered " + sample(notDelivered) + ", never sent " + sample(neverSent)
                                    + "; " + copiesReceivedAgain + " copies received again and receipted without storing"),
                    new Check(direction + "each message processed exactly once", notProcessedOnce.isEmpty(),
                            (out.size() - notProcessedOnce.size()) + " of " + out.size()
                                    + " processed with one PROCESSED event and one audit entry; from sending to processed p50 "
                                    + percentile(processing, 50) + ", max " + percentile(processing, 100) + "; wrong " + sample(notProcessedOnce)));
        }
    }

    private Check auditChain(HubProcess hub) throws Exception {
        HttpResponse<String> verification = hub.api("GET", "/api/audit/verify", "admin");
        return new Check(hub + ": audit chain intact", verification.statusCode() == 200 && verification.body().contains("\"intact\":true"),
                "GET /api/audit/verify answered " + verification.statusCode() + " " + verification.body());
    }

    private Check databaseRecovery() {
        Duration longest = databaseRecoveries.stream().max(Duration::compareTo).orElse(Duration.ZERO);
        return new Check("a hub whose PostgreSQL was killed recovers on its own", databaseRestartsNeeded.get() == 0,
                databaseRecoveries.size() + " of " + settings.databaseKills() + " recovered without a restart (longest "
                        + longest.toMillis() + " ms), " + databaseRestartsNeeded.get() + " had to be restarted");
    }

    private record Row(String state, Instant at, Instant doneAt) {
    }

    private static Map<String, Row> rows(Connection db, String sql, String partner) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (var statement = db.prepareStatement(sql)) {
            statement.setString(1, partner);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    var doneAt = rs.getTimestamp(4);
                    rows.put(rs.getString(1), new Row(rs.getString(2), rs.getTimestamp(3).toInstant(), doneAt == null ? null : doneAt.toInstant()));
                }
            }
        }
        return rows;
    }

    private static Map<String, Long> counts(Connection db, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static long count(Connection db, String sql, String partner) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            statement.setString(1, partner);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return "-";
        }
        Duration value = sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
        return String.format("%.1f s", value.toMillis() / 1000.0);
    }

    private static String sample(java.util.Collection<String> ids) {
        return ids.isEmpty() ? "none" : ids.size() + " (" + ids.stream().limit(5).toList() + ")";
    }

    /**
     * {@code CrashSoak --jar hub/target/caunoi-hub.jar --work-dir DIR [--messages 10000] [--hub-kills 20]
     * [--database-kills 4] [--seed N] [--start-minutes 10] [--kill-minutes 600] [--settle-minutes 30]}: prints a line per check, exits 1 when one fails.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!options.containsKey("jar") || !options.containsKey("work-dir")) {
            System.err.println("usage: CrashSoak --jar HUB_JAR --work-dir DIR [--messages N] [--hub-kills N] [--database-kills N] "
                    + "[--seed N] [--start-minutes N] [--kill-minutes N] [--settle-minutes N]");
            System.exit(2);
        }
        var settings = new Settings(Path.of(options.get("work-dir")).toAbsolutePath(),
                HubProcess.fromJar(Path.of(options.get("jar")).toAbsolutePath()),
                Integer.parseInt(options.getOrDefault("messages", "10000")),
                Integer.parseInt(options.getOrDefault("hub-kills", "20")),
                Integer.parseInt(options.getOrDefault("database-kills", "4")),
                Duration.ofMinutes(Long.parseLong(options.getOrDefault("start-minutes", "10"))), Duration.ofSeconds(90),
                Duration.ofMinutes(Long.parseLong(options.getOrDefault("settle-minutes", "30"))),
                Duration.ofMinutes(Long.parseLong(options.getOrDefault("kill-minutes", "600"))),
                Long.parseLong(options.getOrDefault("seed", String.valueOf(System.currentTimeMillis()))));
        System.out.println("crash soak: " + settings);
        List<Check> checks = new CrashSoak(settings).run();
        boolean passed = checks.stream().allMatch(Check::passed);
        System.out.println(passed ? "CRASH SOAK PASSED" : "CRASH SOAK FAILED");
        System.exit(passed ? 0 : 1);
    }
}
