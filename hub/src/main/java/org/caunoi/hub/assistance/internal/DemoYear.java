package org.caunoi.hub.assistance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.LegalBasis;
import org.caunoi.hub.partners.LegalBasisDecision;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.security.Units;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, fills last year with generated requests from the demo partners, so the figures
 * page shows a year like the one the department published (166 received, 131 answered). Every
 * generated row carries the demo flag; a second start finds them and adds none. Outside demo mode
 * it generates nothing and removes any left by a demo run of the same data directory.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100) // after the demo facts, which bring the partners
class DemoYear implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

    static final int RECEIVED = 166;
    static final int ANSWERED = 131;
    static final int REFUSED = 10;
    static final int POSTPONED = 8;
    static final int SENT = 42;
    /** The details of every step of a generated request's history. */
    static final String DEMO_DETAILS = Sentences.of("assistance.history-details.demo");

    /** The partners requests come from, weighted by how often: neighbours and the large trading partners most. */
    private static final List<String> PARTNERS = List.of("CN", "CN", "CN", "KR", "KR", "HK", "HK", "KH", "KH", "LA",
            "LA", "US", "US", "AU", "FR", "IN", "RU", "NZ", "IT", "GB", "NL");
    /** The subjects, weighted as the department reports them: origin fraud, money laundering, undervaluation first. */
    private static final List<Subject> SUBJECTS = List.of(Subject.ORIGIN_FRAUD, Subject.ORIGIN_FRAUD,
            Subject.ORIGIN_FRAUD, Subject.UNDERVALUATION, Subject.UNDERVALUATION, Subject.MONEY_LAUNDERING,
            Subject.MONEY_LAUNDERING, Subject.DRUGS, Subject.CITES, Subject.TOBACCO, Subject.IPR, Subject.OTHER);
    /** What partners ask, in English as they write it. */
    private static final List<String> QUESTIONS = List.of(
            "Please verify certificate of origin No. %s issued to Hoang Long Trading Co., Ltd.",
            "Please confirm the value declared for invoice No. %s of Minh Phat Import Export JSC.",
            "Please confirm whether the company Saigon Pacific Logistics exists and trades as declared (ref. %s).",
            "Please provide information on Mr Nguyen Van Tam, passport No. %s, and his shipments in the last year.",
            "Please provide the shipment history of container %s and its consignee.",
            "Please keep under surveillance the vessel and consignments under bill of lading %s.");
    /** What Vietnam asks its partners, in Vietnamese as the department writes its requests on the hub. */
    private static final List<String> QUESTIONS_SENT = List.of(
            "Đề nghị xác minh giấy chứng nhận xuất xứ hàng hóa (C/O) số %s cấp cho Công ty TNHH Thương mại Hoàng Long.",
            "Đề nghị xác nhận trị giá khai báo của hóa đơn số %s của Công ty Cổ phần Xuất nhập khẩu Minh Phát.",
            "Đề nghị xác minh Công ty Saigon Pacific Logistics có tồn tại và hoạt động kinh doanh như khai báo không (số tham chiếu %s).",
            "Đề nghị cung cấp thông tin về ông Nguyễn Văn Tâm, hộ chiếu số %s, và các lô hàng của ông trong năm qua.",
            "Đề nghị cung cấp lịch sử vận chuyển của container %s và người nhận hàng.",
            "Đề nghị giám sát tàu và các lô hàng thuộc vận đơn số %s.");
    /** An answer and a reason as the side that gives them writes them: Vietnam in Vietnamese, partners in English. */
    private static final String ANSWER_GIVEN = "Trả lời mẫu.";
    private static final String REASON_GIVEN = "Lý do mẫu.";
    private static final String ANSWER_RECEIVED = "Demo answer.";
    private static final String REASON_RECEIVED = "Demo reason.";

    private final RequestStore store;
    private final Partners partners;
    private final LegalBasis legalBasis;
    private final HubProperties hub;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Units units;

    DemoYear(RequestStore store, Partners partners, LegalBasis legalBasis, HubProperties hub, JdbcClient jdbc,
            TransactionTemplate transactions, AuditTrail audit, Clock clock, Units units) {
        this.units = units;
        this.store = store;
        this.partners = partners;
        this.legalBasis = legalBasis;
        this.hub = hub;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            // Two hubs starting on one database must not both fill the year.
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('assistance.demo-year'))").query(Object.class).single();
            if (hub.demo()) {
                fill(LocalDate.now(clock).getYear() - 1);
            }
            else {
                removeDemoRequests();
            }
        });
    }

    /** The year's demo requests, unless it has them already; returns how many were added. */
    int fill(int year) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM assistance.request WHERE demo)").query(Boolean.class).single()) {
            return 0;
        }
        // Only partners whose agreements allow assistance requests all year, each request naming them, so
        // that the demo never shows a year of requests with a partner the hub would refuse one to today.
        Map<String, List<Long>> basisOf = new HashMap<>();
        for (String code : new LinkedHashSet<>(PARTNERS)) {
            if (partners.partner(code).isPresent()) {
                LegalBasisDecision basis = legalBasis.check(code, DataCategory.ASSISTANCE_REQUEST, Purpose.INVESTIGATION,
                        LocalDate.of(year, 1, 1));
                if (basis.allowed()) {
                    basisOf.put(code, basis.agreements().stream().map(LegalBasisDecision.AgreementRef::id).toList());
                }
            }
        }
        List<String> known = PARTNERS.stream().filter(basisOf::containsKey).toList();
        if (known.isEmpty()) {
            log.info("No demo partners: no demo year of assistance requests");
            return 0;
        }
        Random random = new Random(year);
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        List<AssistanceRequest> generated = new ArrayList<>();
        for (int i = 0; i < RECEIVED + SENT; i++) {
            Direction direction = i < RECEIVED ? Direction.IN : Direction.OUT;
            Instant created = start.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            int answerDays = (int) Math.min(150, Math.max(1, Math.round(Math.exp(random.nextGaussian() * 0.6 + Math.log(24)))));
            Instant answeredAt = created.plus(Duration.ofDays(answerDays).plusHours(random.nextInt(8)));
            @Nullable Outcome drawn = outcome(i, random);
            // the outcome of a request answered by now; null for one still open
            @Nullable Outcome outcome = drawn != null && !answeredAt.isAfter(now) ? drawn : null;
            boolean answered = outcome != null;
            String partner = known.get(random.nextInt(known.size()));
            RequestKind kind = RequestKind.values()[random.nextInt(RequestKind.values().length)];
            String document = "%s-%d-%05d".formatted(partner, year, random.nextInt(100_000));
            generated.add(new AssistanceRequest(0, store.nextReference(hub.node(), year),
                    direction == Direction.IN ? partner + "-" + year + "-" + (1000 + i) : null, direction, partner, kind,
                    SUBJECTS.get(random.nextInt(SUBJECTS.size())), Purpose.INVESTIGATION, basisOf.getOrDefault(partner, List.of()),
                    (direction == Direction.IN ? QUESTIONS : QUESTIONS_SENT).get(random.nextInt(QUESTIONS.size()))
                            .formatted(document), "", "",
                    kind.expectsAnswer() ? LocalDate.ofInstant(created, clock.getZone()).plusDays(60) : null, null,
                    units.receivingRequests(), null,
                    outcome != null ? outcome.state() : direction == Direction.IN ? RequestState.RECEIVED : RequestState.ACKNOWLEDGED,
                    null, outcome, answered ? (direction == Direction.IN ? ANSWER_GIVEN : ANSWER_RECEIVED) : null,
                    outcome != null && outcome.needsReason() ? (direction == Direction.IN ? REASON_GIVEN : REASON_RECEIVED)
                            : null, answered ? answeredAt : null, created,
                    direction == Direction.IN ? "partner:" + partner : "liaison", true));
        }
        for (AssistanceRequest request : generated) {
            long id = store.insert(request);
            store.addStep(id, request.createdAt(), request.createdBy(),
                    request.direction() == Direction.IN ? "received" : "approved-and-sent", DEMO_DETAILS);
            if (request.answeredAt() != null) {
                store.addStep(id, request.answeredAt(), request.direction() == Direction.IN ? "supervisor"
                        : "partner:" + request.partner(), request.direction() == Direction.IN
                        ? "answer-approved-and-sent" : "answer-received", DEMO_DETAILS);
            }
        }
        audit.recordAs("system", "ASSISTANCE_DEMO_YEAR", "assistance-request", null,
                Sentences.of("assistance.audit-details.demo-year-generated", generated.size(), year));
        log.info("Demo mode: {} assistance requests generated for {}, flagged as demo data", generated.size(), year);
        return generated.size();
    }

    /**
     * The outcome of the i-th generated request: of those received, the published 131 answered (a
     * fifth of them in part), some refused or postponed, the rest still open; of those sent, most answered.
     */
    private static @Nullable Outcome outcome(int i, Random random) {
        if (i < ANSWERED || i >= RECEIVED && random.nextInt(10) < 8) {
            return random.nextInt(5) == 0 ? Outcome.PARTLY_ANSWERED : Outcome.ANSWERED;
        }
        if (i < ANSWERED + REFUSED) {
            return Outcome.REFUSED;
        }
        if (i < ANSWERED + REFUSED + POSTPONED) {
            return Outcome.POSTPONED;
        }
        return null;
    }

    private void removeDemoRequests() {
        jdbc.sql("DELETE FROM assistance.history WHERE request_id IN (SELECT id FROM assistance.request WHERE demo)").update();
        int removed = jdbc.sql("DELETE FROM assistance.request WHERE demo").update();
        if (removed > 0) {
            audit.recordAs("system", "ASSISTANCE_DEMO_YEAR", "assistance-request", null,
                    Sentences.of("assistance.audit-details.demo-year-removed", removed));
            log.info("Outside demo mode: {} demo assistance requests removed", removed);
        }
    }
}
