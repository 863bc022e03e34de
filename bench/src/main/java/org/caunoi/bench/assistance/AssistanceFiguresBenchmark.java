package org.caunoi.bench.assistance;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.hub.CauNoiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mutual assistance over 100,000 requests (issue #19): the figures page and its XLSX, and the
 * request list with filters, timed end to end over HTTP against one hub in this JVM on its embedded
 * PostgreSQL, as an officer's browser asks for them (a signed-in session for the screens, an API token for the API).
 * The requests are written straight into the module's table, spread over one year, 20 partners,
 * every kind, subject and state; the demo year adds its own on start.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp "bench/target/classes:$(cat bench/target/exchange.classpath)" org.caunoi.bench.assistance.AssistanceFiguresBenchmark
 * </pre>
 * {@code -Dbench.requests=100000}, {@code -Dbench.rounds=100} (timed calls per address after 20 warm-up calls).
 */
public final class AssistanceFiguresBenchmark {

    static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 100);
    static final int WARM_UP = 20;
    static final int YEAR = 2025;

    private AssistanceFiguresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("caunoi-bench-assistance");
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(CauNoiApplication.class).run(
                "--server.port=0", "--caunoi.demo=true", "--caunoi.data-dir=" + root.resolve("hub"),
                "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
            JdbcClient jdbc = hub.getBean(JdbcClient.class);
            long started = System.nanoTime();
            fill(jdbc);
            System.out.printf(Locale.ROOT, "%,d requests written and analysed in %.1f s; %,d in the table%n", REQUESTS,
                    (System.nanoTime() - started) / 1e9,
                    jdbc.sql("SELECT count(*) FROM assistance.request").query(Long.class).single());

            Map<String, String> addresses = new LinkedHashMap<>();
            addresses.put("figures page", "/assistance/figures?year=" + YEAR);
            addresses.put("figures XLSX", "/assistance/figures/export?year=" + YEAR + "&format=xlsx");
            addresses.put("figures API", "/api/assistance/figures?year=" + YEAR);
            addresses.put("list page, no filter", "/assistance/requests");
            addresses.put("list page, received from CN", "/assistance/requests?direction=in&partner=CN");
            addresses.put("list page, figure link (year, subject, answered)",
                    "/assistance/requests?direction=in&year=" + YEAR + "&subject=drugs&measure=answered");
            addresses.put("list page, figure link (answer time 31-60 days)",
                    "/assistance/requests?direction=in&year=" + YEAR + "&answerDaysFrom=31&answerDaysTo=60");
            addresses.put("list API, overdue of one kind",
                    "/api/assistance/requests?direction=in&year=" + YEAR + "&kind=surveillance&measure=overdue");
            addresses.put("list API as investigator (own unit)", "/api/assistance/requests?direction=in");

            System.out.printf(Locale.ROOT, "%-52s %9s %9s %9s %9s %10s%n", "address", "median ms", "p95 ms", "max ms",
                    "status", "bytes");
            for (var address : addresses.entrySet()) {
                String user = address.getKey().contains("investigator") ? "investigator" : "supervisor";
                System.out.println(time(port, user, address.getKey(), address.getValue()));
            }
        }
    }

    /** A browser's session: the screens take a signed-in session (form login with its CSRF token). */
    private static HttpClient signedIn(int port, String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        int status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in failed: " + status);
        }
        return client;
    }

    /**
     * An API token of the officer's, made with HTTP Basic once: a program calls the API with a token, and with
     * Basic every call would also time a bcrypt check of the password (about 80 ms of CPU).
     */
    private static String apiToken(int port, String user) throws IOException, InterruptedException {
        HttpResponse<String> created = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tokens"))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"days\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        if (created.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("no API token for " + user + ": " + created.statusCode() + " " + created.body());
        }
        return token.group(1);
    }

    /** 100,000 requests of one year, 80% received, in every state; answered ones 1 to 120 days after receipt. */
    static void fill(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO assistance.request (reference, sender_reference, direction, partner, kind, subject, purpose,
                    questions, deadline, assigned_unit, state, answer_outcome, answer_text, answered_at, created_at, created_by)
                SELECT 'BENCH-' || n, 'P-' || n, d.direction, p.code, k.kind, s.subject, 'INVESTIGATION',
                       'Please verify certificate No. ' || n || ' issued to a company of the partner.',
                       (t.created + interval '60 days')::date, u.unit, st.state,
                       CASE WHEN st.state IN ('ANSWERED', 'PARTLY_ANSWERED', 'REFUSED', 'CLOSED') THEN
                            CASE st.state WHEN 'CLOSED' THEN 'ANSWERED' ELSE st.state END END,
                       CASE WHEN st.state IN ('ANSWERED', 'PARTLY_ANSWERED', 'REFUSED', 'CLOSED') THEN 'Answered.' END,
                       CASE WHEN st.state IN ('ANSWERED', 'PARTLY_ANSWERED', 'REFUSED', 'CLOSED')
                            THEN t.created + (1 + (n * 7919) % 120) * interval '1 day' END,
                       t.created, 'bench'
                  FROM generate_series(1::bigint, :requests) AS n
                  CROSS JOIN LATERAL (SELECT make_timestamptz(:year, 1, 1, 0, 0, 0, 'UTC')
                                             + ((n * 104729) % 525600) * interval '1 minute' AS created) t
                  CROSS JOIN LATERAL (SELECT CASE WHEN n % 5 = 0 THEN 'OUT' ELSE 'IN' END AS direction) d
                  CROSS JOIN LATERAL (SELECT (ARRAY['CN','KR','HK','KH','LA','US','AU','FR','IN','RU','NZ','IT','GB','NL',
                                                    'JP','TH','SG','MY','ID','PH'])[1 + (n / 17) % 20] AS code) p
                  CROSS JOIN LATERAL (SELECT (ARRAY['VERIFICATION_OF_ORIGIN','VERIFICATION_OF_VALUE','VERIFICATION_OF_DOCUMENTS',
                                                    'VERIFICATION_OF_COMPANY','INFORMATION_ON_PERSONS','INFORMATION_ON_SHIPMENTS',
                                                    'INFORMATION_ON_CONVEYANCES','SURVEILLANCE','NOTIFICATION_OF_DOCUMENTS',
                                                    'SPONTANEOUS_INFORMATION'])[1 + (n / 3) % 10] AS kind) k
                  CROSS JOIN LATERAL (SELECT (ARRAY['ORIGIN_FRAUD','UNDERVALUATION','MONEY_LAUNDERING','DRUGS','CITES',
                                                    'TOBACCO','IPR','OTHER'])[1 + (n / 7) % 8] AS subject) s
                  CROSS JOIN LATERAL (SELECT (ARRAY['HTQT','HTQT','DTCBL','PCU'])[1 + (n / 11) % 4] AS unit) u
                  CROSS JOIN LATERAL (SELECT CASE WHEN d.direction = 'OUT'
                                                  THEN (ARRAY['DRAFT','SENT','ACKNOWLEDGED','ANSWERED','PARTLY_ANSWERED',
                                                              'REFUSED','POSTPONED','CLOSED'])[1 + (n / 13) % 8]
                                                  ELSE (ARRAY['RECEIVED','ANSWER_DRAFTED','ANSWERED','ANSWERED','ANSWERED',
                                                              'PARTLY_ANSWERED','REFUSED','POSTPONED','CLOSED'])[1 + (n / 13) % 9]
                                             END AS state) st""")
                .param("requests", REQUESTS).param("year", YEAR).update();
        jdbc.sql("ANALYZE assistance.request").update();
    }

    private static String time(int port, String user, String name, String path) throws IOException, InterruptedException {
        HttpClient client = path.startsWith("/api/") ? HttpClient.newHttpClient() : signedIn(port, user);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", "vi").timeout(Duration.ofSeconds(60));
        if (path.startsWith("/api/")) {
            builder.header("Authorization", "Bearer " + apiToken(port, user));
        }
        HttpRequest request = builder.build();
        List<Double> millis = new ArrayList<>();
        HttpResponse<byte[]> last = null;
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            long start = System.nanoTime();
            last = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        if (last.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + last.statusCode());
        }
        millis.sort(Double::compare);
        return String.format(Locale.ROOT, "%-52s %9.1f %9.1f %9.1f %9d %10d", name, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(0.95 * millis.size()) - 1), millis.getLast(), last.statusCode(),
                last.body().length);
    }
}
