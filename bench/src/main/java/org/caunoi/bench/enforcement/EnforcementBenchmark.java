package org.caunoi.bench.enforcement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.caunoi.hub.CauNoiApplication;
import org.caunoi.hub.enforcement.CenSheet;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The enforcement module at scale on one hub with its embedded PostgreSQL: imports generated cases
 * (each with a suspect and a company, names Vietnamese, Chinese or English) through the CEN-sheet
 * import, then measures over real HTTP the name search, the filtered list with its facet counts and
 * an operation's figures, and restarts the hub to time the name index build and weigh the heap.
 *
 * <pre>java [-Dbench.dir=DIR [-Dbench.reuse=true]] -cp "bench/target/classes:$(cat bench/target/exchange.classpath)" \
 *     org.caunoi.bench.enforcement.EnforcementBenchmark [cases] [rows per sheet]</pre>
 *
 * With {@code bench.reuse} the hub's data stays in {@code bench.dir} and a later run that finds the
 * cases there skips the import (and imports only the missing ones when it finds fewer, generated afresh so
 * that they are new persons and companies, not the first rows again).
 */
public final class EnforcementBenchmark {

    private static final String[] VN_FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] VN_MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Công"};
    private static final String[] VN_GIVEN = {"Hùng", "Dũng", "Lan", "Hương", "Tuấn", "Nam", "Hải", "Long", "Phương",
            "Mai", "Sơn", "Thắng", "Trung", "Hoa", "Bình", "Cường", "Khánh", "Linh", "Quân", "Yến", "Thảo", "Vinh"};
    private static final String[] CN_FAMILY = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] CN_GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "涛", "明", "超", "秀英", "建华", "志强", "海燕", "文雄"};
    private static final String[] EN_GIVEN = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "William", "Susan", "Richard", "Sarah", "Thomas", "Karen"};
    private static final String[] EN_FAMILY = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
            "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris"};
    private static final String[] COMPANY_WORDS = {"Hoàng Long", "Phú Thịnh", "Minh Anh", "Golden Dragon", "Pacific",
            "Đại Việt", "Sao Mai", "Eastern Star", "Thành Công", "Hưng Phát", "Great Wall", "Mekong"};
    private static final String[] COMPANY_FORMS = {"Công ty TNHH", "Công ty Cổ phần", "Co., Ltd", "Trading Limited",
            "有限公司"};
    private static final String[] PORTS = {"VNHPH", "VNSGN", "VNDAD", "VNCLI", "VNVUT"};
    private static final String[] CATEGORIES = {"drugs", "precursors", "cites-fauna", "tobacco", "counterfeit"};
    private static final String[] HS_CODES = {"293945", "292429", "0106", "240220", "490700"};
    private static final String[] COUNTRIES = {"LA", "KH", "TH", "CN", "HK", "MY", "SG", "AE", "NG", "BR"};

    private final Random random = new Random(42);
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> sampledNames = new ArrayList<>();
    /** HTTP Basic for the import; an API token for the timed requests, as a program calls the API. */
    private String authorization = "Basic " + Base64.getEncoder().encodeToString("investigator:demo".getBytes(StandardCharsets.UTF_8));

    EnforcementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perSheet = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        new EnforcementBenchmark().run(cases, perSheet);
    }

    private void run(int cases, int perSheet) throws Exception {
        Path base = Path.of(System.getProperty("bench.dir", "bench/target"));
        // With bench.reuse the data folder is bench.dir itself, kept between runs: a hub that already
        // holds the cases is not filled again, so the query phase can be re-run in minutes.
        boolean reuse = Boolean.getBoolean("bench.reuse");
        Path dataDir = reuse ? Files.createDirectories(base) : Files.createTempDirectory(base, "enforcement-");
        int port = freePort();
        System.out.printf("Enforcement benchmark: %,d cases (%,d persons and companies), sheets of %,d rows, data in %s%n",
                cases, 2 * cases, perSheet, dataDir);
        ConfigurableApplicationContext hub = start(dataDir, port);
        JdbcClient sql = hub.getBean(JdbcClient.class);
        long stored = sql.sql("SELECT count(*) FROM enforcement.case_record").query(Long.class).single();
        if (stored > 0 && !reuse) {
            throw new IllegalStateException(dataDir + " already holds " + stored + " cases");
        }
        if (stored < cases) {
            // A filling stopped part-way goes on with a generator of its own: seeded as the first one, it
            // would write the first rows' document and tax numbers again and link new rows to old persons.
            random.setSeed(42 + stored);
            importCases(port, (int) stored, cases, perSheet);
            operation(hub, port, Math.min(cases, 20_000));
        }
        else {
            System.out.printf("Reused: the hub already holds %,d cases, nothing imported%n", stored);
        }
        hub.close();

        long restartBegan = System.nanoTime();
        hub = start(dataDir, port);
        System.out.printf("Restart to ready, name index built from the stored cases within: %.1f s "
                + "(the NameIndexLoader log line above gives the index build alone)%n", (System.nanoTime() - restartBegan) / 1e9);
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("Heap after the restart and a GC: %,d MB used of %,d MB committed%n", heap.getUsed() >> 20,
                heap.getCommitted() >> 20);

        // The operation the filling tagged its cases to; the demo's own operations (one named Mekong
        // Dragon too) hold none of them.
        long operation = hub.getBean(JdbcClient.class).sql("""
                SELECT operation_id FROM enforcement.operation_case GROUP BY operation_id ORDER BY count(*) DESC LIMIT 1""")
                .query(Long.class).single();
        sampleNames(hub.getBean(JdbcClient.class));
        // With HTTP Basic every timed request would also carry a bcrypt check of the password (about 80 ms of CPU).
        HttpResponse<String> token = send("POST", "/api/tokens", "{\"name\": \"benchmark\", \"days\": 1}", port);
        var secret = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
        if (token.statusCode() != 201 || !secret.find()) {
            throw new IllegalStateException("no API token: " + token.statusCode() + " " + token.body());
        }
        authorization = "Bearer " + secret.group(1);
        measure("name search (/api/enforcement/search)", 300, () -> "/api/enforcement/search?q=" + encode(variant(
                sampledNames.get(random.nextInt(sampledNames.size())))), port);
        measure("filtered list + facets (/api/enforcement/cases and /cases/facets)", 60, () -> {
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            LocalDate from = LocalDate.of(2026, 1 + random.nextInt(9), 1);
            return "/api/enforcement/cases?category=" + CATEGORIES[random.nextInt(CATEGORIES.length)] + "&country=" + country
                    + "&from=" + from + "&to=" + from.plusMonths(2) + "|/api/enforcement/cases/facets?country=" + country
                    + "&from=" + from + "&to=" + from.plusMonths(2);
        }, port);
        measure("operation figures of " + Math.min(cases, 20_000) + " tagged cases (/api/enforcement/operations/{id}/figures)",
                30, () -> "/api/enforcement/operations/" + operation + "/figures", port);
        hub.close();
    }

    private void importCases(int port, int from, int cases, int perSheet) throws Exception {
        long importNanos = 0;
        for (int done = from; done < cases; done += perSheet) {
            int rows = Math.min(perSheet, cases - done);
            byte[] sheet = sheet(done, rows);
            long began = System.nanoTime();
            // As an officer's program would: the sheet through the import API, all or nothing.
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/enforcement/cases/import?format=csv"))
                    .header("Authorization", authorization)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(sheet)).build(),
                    HttpResponse.BodyHandlers.ofString());
            importNanos += System.nanoTime() - began;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("generated rows refused (" + answer.statusCode() + "): "
                        + answer.body().substring(0, Math.min(2_000, answer.body().length())));
            }
            System.out.printf("  imported %,d cases, %.0f rows/s so far%n", done + rows,
                    (done + rows - from) / (importNanos / 1e9));
        }
        System.out.printf("Import: %,d rows in %.1f s = %.0f rows/s (checks, entities, versions, one transaction a sheet)%n",
                cases - from, importNanos / 1e9, (cases - from) / (importNanos / 1e9));
    }

    /**
     * The names searched: every twentieth suspect of the stored cases, up to 5,000, read back from the
     * hub so that a reused data folder is searched the same way as a freshly filled one.
     */
    private void sampleNames(JdbcClient sql) {
        sampledNames.clear();
        sampledNames.addAll(sql.sql("SELECT name FROM enforcement.person WHERE id % 20 = 0 ORDER BY id LIMIT 5000")
                .query(String.class).list());
    }

    private ConfigurableApplicationContext start(Path dataDir, int port) {
        return new SpringApplicationBuilder(CauNoiApplication.class).run(
                "--server.port=" + port, "--caunoi.node=VN", "--caunoi.demo=true", "--caunoi.data-dir=" + dataDir,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.caunoi.hub.enforcement.internal.NameIndexLoader=INFO");
    }

    /** An operation with the first {@code tagged} cases tagged to its two phases. */
    private long operation(ConfigurableApplicationContext hub, int port, int tagged) throws Exception {
        var response = send("POST", "/api/enforcement/operations", """
                {"name": "Mekong Dragon", "categories": ["drugs", "precursors", "cites-fauna"], "partners": ["HK", "LA"],
                 "phases": [{"name": "Phase 1", "from": "2026-01-01", "to": "2026-06-30"},
                            {"name": "Phase 2", "from": "2026-07-01", "to": "2026-11-30"}]}""", port);
        long id = Long.parseLong(response.body().replaceAll("\\D", ""));
        hub.getBean(JdbcClient.class).sql("""
                INSERT INTO enforcement.operation_case (operation_id, case_id, phase)
                SELECT ?, id, CASE WHEN case_date < DATE '2026-07-01' THEN 'Phase 1' ELSE 'Phase 2' END
                FROM enforcement.case_record ORDER BY id LIMIT ?""").params(id, tagged).update();
        return id;
    }

    private void measure(String what, int times, Supplier<String> paths, int port) throws Exception {
        for (int i = 0; i < Math.max(5, times / 10); i++) {
            for (String path : paths.get().split("\\|")) {
                send("GET", path, null, port);
            }
        }
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            String[] requests = paths.get().split("\\|");
            long began = System.nanoTime();
            for (String path : requests) {
                var response = send("GET", path, null, port);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
                }
            }
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        System.out.printf("%s, %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, times,
                percentile(nanos, 0.50), percentile(nanos, 0.95), percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private HttpResponse<String> send(String method, String path, String json, int port) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A sheet of generated cases in the CEN template's columns: cases {@code first} to {@code first + rows - 1}, each
     * described as its own seizure, since the import refuses one seizure twice.
     */
    private byte[] sheet(int first, int rows) {
        List<String> columns = CenSheet.columnNames();
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (int r = 0; r < rows; r++) {
            String person = person();
            int category = random.nextInt(CATEGORIES.length);
            String[] cells = new String[columns.size()];
            Arrays.fill(cells, "");
            set(cells, columns, "date", LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330)).toString());
            set(cells, columns, "place", PORTS[random.nextInt(PORTS.length)]);
            set(cells, columns, "category", CATEGORIES[category]);
            set(cells, columns, "hs-code", HS_CODES[category]);
            set(cells, columns, "description", "Generated seizure " + (first + r));
            set(cells, columns, "quantity", String.valueOf(1 + random.nextInt(500)));
            set(cells, columns, "unit", category == 2 ? "items" : "kg");
            set(cells, columns, "departure-country", COUNTRIES[random.nextInt(COUNTRIES.length)]);
            set(cells, columns, "transit-countries", random.nextBoolean() ? COUNTRIES[random.nextInt(COUNTRIES.length)] : "");
            set(cells, columns, "destination-country", "VN");
            set(cells, columns, "person-name", person);
            set(cells, columns, "person-nationality", COUNTRIES[random.nextInt(COUNTRIES.length)]);
            set(cells, columns, "person-documents", "P" + (10_000_000 + random.nextInt(89_999_999)));
            set(cells, columns, "company-name", company());
            set(cells, columns, "company-tax-number", String.valueOf(1_000_000_000L + random.nextInt(999_999_999)));
            csv.append(String.join(",", cells)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void set(String[] cells, List<String> columns, String column, String value) {
        cells[columns.indexOf(column)] = value.contains(",") ? "\"" + value + "\"" : value;
    }

    /** A generated suspect's name: Vietnamese, Chinese in Han characters or English, a third each. */
    String person() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(VN_FAMILY) + " " + pick(VN_MIDDLE) + " " + pick(VN_GIVEN);
            case 1 -> pick(CN_FAMILY) + pick(CN_GIVEN);
            default -> pick(EN_GIVEN) + " " + pick(EN_FAMILY);
        };
    }

    /** A generated company's name, with a Vietnamese, English or Chinese legal form. */
    String company() {
        String form = pick(COMPANY_FORMS);
        String words = pick(COMPANY_WORDS) + " " + (100 + random.nextInt(900));
        return form.startsWith("Công ty") ? form + " " + words : words + " " + form;
    }

    /** How an officer might type the name: without diacritics, in another order, or as written. */
    private String variant(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        List<String> words = new ArrayList<>(List.of(plain.split(" ")));
        return switch (random.nextInt(3)) {
            case 0 -> plain.toUpperCase(java.util.Locale.ROOT);
            case 1 -> {
                if (words.size() > 1) {
                    words.add(words.removeFirst());
                }
                yield String.join(" ", words);
            }
            default -> name;
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
