package org.caunoi.hub.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.caunoi.hub.TestHub;
import org.caunoi.hub.exchange.DemoHubs;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.DataDirectoryLock;
import org.caunoi.hub.platform.database.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Vietnam hub with partners, messages in every state and audit entries, backed up with the
 * {@code backup} command while messages flow both ways with Hong Kong, restored with {@code restore}
 * into a new directory and started there in its place: everything is there, the audit chain holds,
 * what was queued is delivered once. Then files a restore must refuse, leaving its target empty.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupAndRestoreTest {

    static final String PASSWORD = "correct horse battery staple";
    @RegisterExtension
    static final DemoHubs NETWORK = new DemoHubs();
    /** Short, so that what the old hub had claimed for sending comes due soon after the restore. */
    static final String LEASE = "--caunoi.exchange.send-lease=3s";
    static final Duration PATIENCE = Duration.ofMinutes(2);

    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext hk;
    static ConfigurableApplicationContext la;
    static Path backup;

    @BeforeAll
    static void startVietnamAndHongKong() {
        vn = NETWORK.startVn(LEASE);
        hk = NETWORK.startHk();
    }

    @Test
    @Order(1)
    void aHubBackedUpWhileMessagesFlowIsRestoredWithEverythingAndDeliversWhatWasQueuedOnce() throws Exception {
        String delivered = exchange(vn).ping("HK");
        String received = exchange(hk).ping("VN");
        String deadLetter = send(vn, "HK", new MessageType("test", "NobodyHandlesThis"));
        List<String> forLaos = List.of(exchange(vn).ping("LA"), exchange(vn).ping("LA"), exchange(vn).ping("LA"));
        await().atMost(PATIENCE).until(() -> "RECEIPT_RECEIVED".equals(outboundState(vn, delivered))
                && "PROCESSED".equals(inboundState(vn, received)) && "DEAD_LETTER".equals(outboundState(vn, deadLetter))
                && forLaos.stream().allMatch(id -> "RETRYING".equals(outboundState(vn, id))));

        List<String> flowing = new CopyOnWriteArrayList<>();
        AtomicBoolean flow = new AtomicBoolean(true);
        Thread traffic = Thread.ofVirtual().start(() -> {
            while (flow.get()) {
                flowing.add(exchange(vn).ping("HK"));
                exchange(hk).ping("VN");
            }
        });
        await().atMost(PATIENCE).until(() -> flowing.size() >= 20);
        backup = TestHub.newDataDir("backup").resolve("vn.zip");

        Result made = command("backup", "--to", backup.toString(), "--caunoi.data-dir=" + NETWORK.vnData, "--password=" + PASSWORD);

        flow.set(false);
        traffic.join();
        assertThat(made.exitCode()).as(made.err()).isZero();
        // Every table of the hub, counted here from the catalogue's standard view: modules add tables.
        long tables = ((Number) rows(vn, """
                SELECT count(*) AS n FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")
                .getFirst().get("n")).longValue();
        assertThat(made.out()).contains("backup: " + tables + "/" + tables + " tables").contains("keys/hub.p12")
                .as("the database's password stays with its database; a restore makes a new one").doesNotContain("pg-password");
        assertThat(audited(vn, "PLATFORM_BACKUP")).as("who took the hub's data, audited").containsExactly("vn.zip");
        List<Map<String, Object>> auditBefore = rows(vn, "SELECT * FROM platform.audit_entry ORDER BY id");
        List<Map<String, Object>> partnersBefore = rows(vn, "SELECT * FROM partners.partner ORDER BY code");
        List<Map<String, Object>> deliveredBefore = rows(vn, "SELECT * FROM exchange.outbound_message WHERE message_id = ?", delivered);
        vn.close();
        Path restored = TestHub.newDataDir("vn-restored").resolve("data");

        Result restoring = command("restore", "--from", backup.toString(), "--data-dir=" + restored, "--password=" + PASSWORD);

        assertThat(restoring.exitCode()).as(restoring.err()).isZero();
        assertThat(restoring.out()).contains("restore: " + tables + "/" + tables + " tables").contains("restore: file keys/hub.p12");
        Restored before = inspect(restored);
        Map<String, Long> expected = new LinkedHashMap<>(manifestCounts(backup));
        expected.merge("platform.audit_entry", 1L, Long::sum); // the restore's own entry, not linked yet
        expected.merge("platform.audit_unlinked", 1L, Long::sum);
        assertThat(before.counts()).as("rows per table as the manifest counted them in the snapshot").isEqualTo(expected);

        vn = NETWORK.start("VN", restored, NETWORK.vnPort, LEASE);

        assertThat(vn.getBean(AuditTrail.class).verify().intact()).isTrue();
        assertThat(audited(vn, "PLATFORM_RESTORE")).containsExactly("vn.zip");
        List<Map<String, Object>> auditAfter = rows(vn, "SELECT * FROM platform.audit_entry WHERE id <= ? ORDER BY id",
                before.lastAuditId());
        assertThat(auditBefore).as("every audit entry of the backup, unchanged").containsAll(auditAfter);
        assertThat(auditAfter).hasSizeGreaterThan(10);
        assertThat(rows(vn, "SELECT * FROM partners.partner ORDER BY code")).isEqualTo(partnersBefore);
        assertThat(rows(vn, "SELECT * FROM exchange.outbound_message WHERE message_id = ?", delivered)).isEqualTo(deliveredBefore);
        assertThat(outboundState(vn, deadLetter)).isEqualTo("DEAD_LETTER");
        assertThat(inboundState(vn, received)).isEqualTo("PROCESSED");

        la = NETWORK.startLa();
        List<String> sentToHongKong = jdbc(vn).sql("SELECT message_id FROM exchange.outbound_message WHERE message_id = ANY(?)")
                .param(flowing.toArray(String[]::new)).query(String.class).list();
        await().atMost(PATIENCE).until(() -> forLaos.stream().allMatch(id -> "RECEIPT_RECEIVED".equals(outboundState(vn, id)))
                && sentToHongKong.stream().allMatch(id -> "RECEIPT_RECEIVED".equals(outboundState(vn, id))));
        assertThat(processedOnce(la, forLaos)).as("what was queued for Lao PDR, delivered once").isTrue();
        assertThat(sentToHongKong).hasSizeGreaterThanOrEqualTo(20);
        assertThat(processedOnce(hk, sentToHongKong)).as("what the restored hub sent again, processed once by Hong Kong").isTrue();
        assertThat(vn.getBean(AuditTrail.class).verify().intact()).isTrue();
    }

    @Test
    @Order(2)
    void nothingInABackupButItsManifestReadsWithoutThePassword() throws IOException {
        // Words the tables hold in the clear in the database: an officer's user name, a partner's party id.
        List<String> secrets = List.of("liaison", "urn:caunoi:hub:HK");
        try (var zip = new ZipFile(backup.toFile())) {
            List<String> entries = zip.stream().map(ZipEntry::getName).toList();
            assertThat(entries).as("the tables are in the archive").anyMatch(name -> name.startsWith("database/"));
            for (String name : entries) {
                String bytes = new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.ISO_8859_1);
                if (name.equals(BackupManifest.MANIFEST) || name.equals(BackupManifest.SIGNATURE)) {
                    continue;
                }
                assertThat(secrets).as(name).noneMatch(bytes::contains);
            }
        }
    }

    @Test
    @Order(2)
    void aDamagedBackupIsRefusedAndTheTargetStaysEmpty() throws IOException {
        byte[] whole = Files.readAllBytes(backup);
        for (int position : List.of(40, whole.length / 3, whole.length / 2, whole.length - 300, whole.length - 30)) {
            byte[] damaged = whole.clone();
            damaged[position] ^= 0x01;

            assertRefused(file("flipped-" + position, damaged), PASSWORD, "damaged");
        }
    }

    @Test
    @Order(3)
    void aTruncatedBackupIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(backup);

        assertRefused(file("truncated", Arrays.copyOf(whole, whole.length / 2)), PASSWORD, "damaged or incomplete");
        assertRefused(file("truncated-end", Arrays.copyOf(whole, whole.length - 10)), PASSWORD, "damaged or incomplete");
    }

    @Test
    @Order(4)
    void aFileOfAnotherKindIsRefused() throws IOException {
        var otherZip = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(otherZip)) {
            zip.putNextEntry(new ZipEntry("manifest.txt"));
            zip.write("not a hub".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertRefused(file("other.zip", otherZip.toByteArray()), PASSWORD, "is not a CauNoi hub backup");
        assertRefused(file("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)), PASSWORD, "is not a CauNoi hub backup");
    }

    @Test
    @Order(5)
    void aWrongPasswordIsRefusedAndNoPasswordIsAskedFor() throws IOException {
        assertRefused(backup, "wrong horse", "The password does not open");
        assertRefused(backup, null, "No password");
    }

    @Test
    @Order(6)
    void aTargetThatHoldsAnythingIsRefusedAndLeftAsItWas() throws IOException {
        Path target = TestHub.newDataDir("not-empty");
        Files.writeString(target.resolve("notes.txt"), "mine");

        Result result = command("restore", "--from", backup.toString(), "--data-dir=" + target, "--password=" + PASSWORD);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("is not empty").doesNotContain("\n" + "restore");
        try (Stream<Path> left = Files.list(target)) {
            assertThat(left).containsExactly(target.resolve("notes.txt"));
        }
        assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("mine");
    }

    private static void assertRefused(Path file, @Nullable String password, String why) throws IOException {
        Path target = TestHub.newDataDir("refused");

        Result result = password == null ? command("restore", "--from", file.toString(), "--data-dir=" + target)
                : command("restore", "--from", file.toString(), "--data-dir=" + target, "--password=" + password);

        assertThat(result.exitCode()).as(result.out()).isEqualTo(1);
        assertThat(result.err()).as(file.getFileName().toString()).contains(why).hasLineCount(1);
        try (Stream<Path> left = Files.list(target)) {
            assertThat(left).as("nothing written into the target").isEmpty();
        }
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        return Files.write(TestHub.newDataDir("bad-backup").resolve(name), bytes);
    }

    record Result(int exitCode, String out, String err) {
    }

    /** Runs the jar's command in this JVM, as {@code java -jar caunoi-hub.jar ARGS} would. */
    static Result command(String... arguments) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = BackupCommand.run(List.of(arguments), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a restored data directory holds before any hub starts on it: rows per table, the last audit entry. */
    record Restored(Map<String, Long> counts, long lastAuditId) {
    }

    static Restored inspect(Path dataDirectory) throws IOException {
        try (DataDirectoryLock lock = DataDirectoryLock.tryAcquire(dataDirectory).orElseThrow();
                EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDirectory, 0, lock)) {
            var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : manifestCounts(backup).keySet()) {
                counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
            }
            return new Restored(counts, jdbc.sql("SELECT max(id) FROM platform.audit_entry WHERE action <> 'PLATFORM_RESTORE'")
                    .query(Long.class).single());
        }
    }

    static Map<String, Long> manifestCounts(Path archive) throws IOException {
        try (var zip = new ZipFile(archive.toFile())) {
            BackupManifest manifest = BackupWriter.JSON.readValue(zip.getInputStream(zip.getEntry("manifest.json")), BackupManifest.class);
            Map<String, Long> counts = new LinkedHashMap<>();
            manifest.tables().forEach(table -> counts.put(table.schema() + "." + table.name(), table.rows()));
            return counts;
        }
    }

    /** Each message arrived once and its handler's work was committed once. */
    static boolean processedOnce(ConfigurableApplicationContext hub, List<String> messageIds) {
        String[] ids = messageIds.toArray(String[]::new);
        await().atMost(PATIENCE).until(() -> jdbc(hub).sql(
                "SELECT count(*) FROM exchange.inbound_message WHERE state = 'PROCESSED' AND message_id = ANY(?)")
                .param(ids).query(Long.class).single() == ids.length);
        long rows = jdbc(hub).sql("SELECT count(*) FROM exchange.inbound_message WHERE message_id = ANY(?)").param(ids)
                .query(Long.class).single();
        long processings = jdbc(hub).sql(
                "SELECT count(*) FROM platform.audit_entry WHERE action = 'EXCHANGE_PROCESSED' AND record_id = ANY(?)")
                .param(ids).query(Long.class).single();
        return rows == ids.length && processings == ids.length;
    }

    static List<String> audited(ConfigurableApplicationContext hub, String action) {
        return jdbc(hub).sql("SELECT record_id FROM platform.audit_entry WHERE action = ?").param(action).query(String.class).list();
    }

    static String send(ConfigurableApplicationContext hub, String partner, MessageType type) {
        return hub.getBean(TransactionTemplate.class).execute(status -> exchange(hub).send(partner, type,
                DataCategory.ENFORCEMENT_NON_NOMINAL, Purpose.RISK_ASSESSMENT, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
    }

    static ExchangeService exchange(ConfigurableApplicationContext hub) {
        return hub.getBean(ExchangeService.class);
    }

    static JdbcClient jdbc(ConfigurableApplicationContext hub) {
        return JdbcClient.create(hub.getBean(DataSource.class));
    }

    static List<Map<String, Object>> rows(ConfigurableApplicationContext hub, String sql, Object... parameters) {
        var statement = jdbc(hub).sql(sql);
        for (Object parameter : parameters) {
            statement = statement.param(parameter);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : statement.query().listOfRows()) {
            Map<String, Object> comparable = new LinkedHashMap<>();
            // byte arrays and SQL arrays compare by identity; their content is what must be equal
            row.forEach((column, value) -> comparable.put(column, switch (value) {
                case byte[] bytes -> Arrays.toString(bytes);
                case java.sql.Array array -> elements(array);
                case null, default -> value;
            }));
            rows.add(comparable);
        }
        return rows;
    }

    static List<Object> elements(java.sql.Array array) {
        try {
            return Arrays.asList((Object[]) array.getArray());
        }
        catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String outboundState(ConfigurableApplicationContext hub, String messageId) {
        return jdbc(hub).sql("SELECT state FROM exchange.outbound_message WHERE message_id = ?").param(messageId)
                .query(String.class).optional().orElse("ABSENT");
    }

    static String inboundState(ConfigurableApplicationContext hub, String messageId) {
        return jdbc(hub).sql("SELECT state FROM exchange.inbound_message WHERE message_id = ?").param(messageId)
                .query(String.class).optional().orElse("ABSENT");
    }
}
