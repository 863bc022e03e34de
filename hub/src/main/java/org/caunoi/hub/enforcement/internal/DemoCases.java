package org.caunoi.hub.enforcement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Conveyance;
import org.caunoi.hub.enforcement.internal.CaseInput.Money;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.caunoi.hub.enforcement.internal.CaseInput.Quantity;
import org.caunoi.hub.enforcement.internal.CaseInput.Route;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Units;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, Vietnam's hub records last year's seizures of the anti-smuggling department at its
 * first start, generated, and tags those in the joint operations' categories to the demo operations:
 * the cases list, the operation pages and their charts then show what they hold in use. Each case's
 * narrative says it is generated; its figures are made up, not the facts' real-world results (which
 * are never stored). The cases are recorded through the same checks as an officer's, by
 * {@link DemoOperations#CREATED_BY}: a second start finds them and adds none. Other nodes (their
 * seizures would not be at Vietnamese ports) and hubs outside demo mode get none.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 99) // after the demo operations, which the cases are tagged to
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    static final int CASES = 48;
    private static final long SEED = 20_250_101L;
    /** Vietnam's officers write their cases in Vietnamese, and so does the demo. */
    static final String NARRATIVE = "Dữ liệu mẫu do hệ thống tạo, không phải vụ bắt giữ thật.";

    /**
     * A kind of seizure: what, how much (between two amounts of a unit), how hidden, from where, under
     * which operation, worded in Vietnamese as the department's officers write it. A consignment from
     * a country without a port came by road; a passenger's, by air.
     */
    private record Kind(String category, String hsCode, String description, String unit, int least, int most,
            String concealment, String procedure, List<From> from, @Nullable String operation) {
    }

    /** Where a consignment left from: a country, and its port when it came by sea. */
    private record From(String country, @Nullable String port) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("drugs", "293945", "Ma túy đá (methamphetamine) đóng trong gói trà", "kg", 2, 60,
                    "Gói trà Trung Quốc lẫn trong đồ dùng gia đình", "import",
                    List.of(new From("LA", null), new From("KH", "KHKOS"), new From("MY", "MYPKG")), "Mekong Dragon"),
            new Kind("drugs", "293945", "Hồng phiến (methamphetamine dạng viên)", "kg", 1, 25, "Trong loa và thùng loa",
                    "import", List.of(new From("LA", null), new From("TH", "THLCH")), "ATS global operation"),
            new Kind("drugs", "293911", "Heroin dạng bánh ép", "kg", 1, 20, "Đáy giả của vali",
                    "passenger", List.of(new From("LA", null), new From("MY", "MYPKG")), "Mekong Dragon"),
            new Kind("drugs", "293972", "Cocaine dạng bánh", "kg", 5, 120, "Trong container phế liệu kim loại", "import",
                    List.of(new From("BE", "BEANR"), new From("AE", "AEJEA")), null),
            new Kind("precursors", "291439", "Tiền chất nhóm xeton khai báo là dung môi công nghiệp", "kg", 200, 2400,
                    "Khai báo là dung môi pha sơn", "import", List.of(new From("CN", "CNSHA"), new From("IN", "INNSA")),
                    "Mekong Dragon"),
            new Kind("cites-fauna", "050790", "Vảy tê tê", "kg", 300, 5000, "Bao tải giấu dưới hạt điều", "import",
                    List.of(new From("NG", "NGLOS"), new From("CG", "CGPNR")), "Thunderball"),
            new Kind("cites-fauna", "050710", "Ngà voi nguyên chiếc và mẩu", "kg", 50, 900,
                    "Trong lòng gỗ tròn bị khoét rỗng", "import", List.of(new From("MZ", "MZMPM"), new From("TZ", "TZDAR")),
                    "Mekong Dragon"),
            new Kind("cites-fauna", "050790", "Sừng tê giác", "kg", 3, 60, "Bọc giấy bạc trong hành lý ký gửi",
                    "passenger", List.of(new From("ZA", null), new From("MZ", null)), "Thunderball"),
            new Kind("cites-flora", "440349", "Gỗ trắc tròn (chi Dalbergia)", "m3", 10, 80,
                    "Khai báo là gỗ nhiệt đới loại khác", "import", List.of(new From("MZ", "MZMPM"), new From("CM", "CMDLA")),
                    "Thunderball"),
            new Kind("hazardous-waste", "854911", "Ắc quy axit-chì đã qua sử dụng", "t", 20, 200, "Khai báo là phế liệu kim loại",
                    "import", List.of(new From("US", "USLAX"), new From("JP", "JPYOK")), "DEMETER 6"),
            new Kind("hazardous-waste", "391590", "Rác thải nhựa chưa phân loại", "t", 40, 300,
                    "Khai báo là phế liệu nhựa để tái chế", "import", List.of(new From("BE", "BEANR"),
                            new From("NL", "NLRTM"), new From("KR", "KRPUS")), "DEMETER 6"),
            new Kind("tobacco", "240220", "Thuốc lá điếu không dán tem thuế", "sticks", 100_000, 2_000_000,
                    "Giấu sau đồ gỗ nội thất trong container", "import", List.of(new From("SG", "SGSIN"), new From("HK", "HKHKG")),
                    null),
            new Kind("counterfeit", "640399", "Giày thể thao mang nhãn hiệu giả mạo", "pieces", 500, 6000,
                    "Khai báo là giày dép không nhãn hiệu", "import", List.of(new From("CN", "CNSHA")), null));

    /** Vietnam's seaports where the demo's seizures are made, the two largest most often. */
    private static final List<String> PORTS = List.of("VNHPH", "VNHPH", "VNCLI", "VNCLI", "VNSGN", "VNDAD", "VNVUT");
    /** The international airports' customs branches, for what passengers carry. */
    private static final List<String> AIRPORTS = List.of("Nội Bài", "Tân Sơn Nhất", "Đà Nẵng");
    /** Road border gates with Lao PDR, for what comes by road. */
    private static final List<String> BORDER_GATES = List.of("Cầu Treo", "Lao Bảo", "Tây Trang", "Na Mèo");
    private static final List<String> DETECTIONS = List.of("risk-profile", "risk-profile", "intelligence",
            "partner-information", "scanner", "scanner", "detector-dog");
    /** Names no real person's record should be taken for: the demo's suspects. */
    private static final List<Person> SUSPECTS = List.of(
            new Person("Trần Văn Mẫu", "TRAN VAN MAU", LocalDate.of(1981, 4, 12), "VN", List.of()),
            new Person("Lê Thị Thử", "LE THI THU", LocalDate.of(1990, 9, 3), "VN", List.of()),
            new Person("Khamla Demo", "KHAMLA DEMO", LocalDate.of(1978, 1, 20), "LA", List.of()),
            new Person("王示例", "WANG SHILI", LocalDate.of(1985, 7, 30), "CN", List.of()),
            new Person("Okafor Sample", "OKAFOR SAMPLE", LocalDate.of(1975, 11, 5), "NG", List.of()));
    private static final List<Company> CONSIGNEES = List.of(
            new Company("Công ty TNHH Mẫu Thử Logistics", "Hải Phòng", null),
            new Company("Công ty Cổ phần Thương mại Xuất nhập khẩu Mẫu", "Thành phố Hồ Chí Minh", null));
    private static final List<String> VESSELS = List.of("DEMO PIONEER", "SAMPLE STAR", "MAU THU 08", "EXAMPLE BAY");

    private final Cases cases;
    private final Operations operations;
    private final HubProperties hub;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Units units;

    DemoCases(Cases cases, Operations operations, HubProperties hub, JdbcClient jdbc, TransactionTemplate transactions,
            Clock clock, Units units) {
        this.units = units;
        this.cases = cases;
        this.operations = operations;
        this.hub = hub;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!hub.demo() || !"VN".equals(hub.node())) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            // Two hubs starting on one database must not both record the year.
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('enforcement.demo-cases'))").query(Object.class).single();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM enforcement.case_record WHERE created_by = ?)")
                    .param(DemoOperations.CREATED_BY).query(Boolean.class).single()) {
                return;
            }
            signedInAs(DemoOperations.CREATED_BY, () -> record(LocalDate.now(clock).getYear() - 1));
            log.info("Demo mode: {} generated seizure cases recorded", CASES);
        });
    }

    /** Records the year's cases and tags them. */
    private void record(int year) {
        var officer = new Officer(DemoOperations.CREATED_BY, units.ofDemoOfficer("investigator"), Set.of(Role.INVESTIGATOR));
        Map<String, Operations.Operation> byName = operations.all().stream()
                .filter(Operations.Listed::demo)
                .map(listed -> operations.find(listed.id()))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Operations.Operation::name, Function.identity(), (first, second) -> first));
        // The same cases every year, only their dates move: what the demo shows does not change with the calendar.
        Random random = new Random(SEED);
        LocalDate first = LocalDate.of(year, 1, 1);
        for (int i = 0; i < CASES; i++) {
            Kind kind = KINDS.get(i % KINDS.size());
            LocalDate date = first.plusDays(random.nextInt(first.lengthOfYear()));
            StoredCase stored = cases.record(officer, generated(kind, date, random));
            Operations.Operation operation = kind.operation() == null ? null : byName.get(kind.operation());
            if (operation != null) {
                // The latest phase of an operation that has phases: the demo's year is its latest.
                String phase = operation.phases().isEmpty() ? null : operation.phases().getLast().name();
                operations.tag(officer, operation.id(), stored.id(), phase);
            }
        }
    }

    private static CaseInput generated(Kind kind, LocalDate date, Random random) {
        From from = pick(kind.from(), random);
        boolean passenger = kind.procedure().equals("passenger");
        boolean bySea = from.port() != null && !passenger;
        String placeKind = passenger ? "customs-office" : bySea ? "port" : "border-gate";
        String place = pick(passenger ? AIRPORTS : bySea ? PORTS : BORDER_GATES, random);
        String procedure = bySea || passenger ? kind.procedure() : "cross-border-road";
        BigDecimal amount = BigDecimal.valueOf(kind.least() + random.nextInt(kind.most() - kind.least() + 1));
        if (kind.unit().equals("kg") && kind.most() <= 120) {
            // Small seizures are weighed to the 100 grams.
            amount = amount.add(BigDecimal.valueOf(random.nextInt(10), 1));
        }
        Conveyance conveyance = bySea ? new Conveyance(pick(VESSELS, random), null, null, null, List.of(container(random)))
                : null;
        List<Person> persons = passenger || random.nextInt(3) == 0 ? List.of(pick(SUSPECTS, random)) : List.of();
        List<Company> companies = bySea && random.nextBoolean() ? List.of(pick(CONSIGNEES, random)) : List.of();
        Money value = new Money(BigDecimal.valueOf(1_000L * (5 + random.nextInt(400))), "USD");
        Route route = new Route(from.country(), List.of(), "VN", bySea ? from.port() : null, List.of(),
                bySea ? place : null);
        return new CaseInput(date, place, placeKind, null, procedure, kind.category(), kind.hsCode(), kind.description(),
                new Quantity(amount, kind.unit(), null), value, kind.concealment(), pick(DETECTIONS, random), route,
                conveyance, persons, companies, NARRATIVE, List.of());
    }

    /** A container number with the check digit ISO 6346 computes, in the demo's own owner code. */
    private static String container(Random random) {
        for (;;) {
            String number = "DMOU" + "%06d".formatted(random.nextInt(1_000_000));
            for (int digit = 0; digit <= 9; digit++) {
                if (ContainerNumber.isValid(number + digit)) {
                    return number + digit;
                }
            }
        }
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** Runs {@code work} signed in as {@code actor}, so the audit trail names who recorded the cases. */
    private static void signedInAs(String actor, Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Role.INVESTIGATOR.name())));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
