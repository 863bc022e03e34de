package org.caunoi.hub.enforcement.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.DemoFacts;
import org.caunoi.hub.platform.HubProperties;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * In demo mode, sets up the joint operations the cooperation facts name ({@code joint_operations}:
 * Mekong Dragon, Thunderball, DEMETER 6, the ATS global operation) at the first start, with their
 * Vietnamese names ({@code name_vi}), their targets mapped to the case categories, and their phases:
 * counted ({@code phases: 6}) or listed with the days the facts know ({@code from}, {@code to}); a day
 * the facts do not give stays open, never guessed (the built-in facts only count Mekong Dragon's). The
 * facts' cumulative results are real-world figures and are not stored: an operation's totals are only
 * ever computed from the cases tagged to it. A second start finds the operations (created by
 * {@link #CREATED_BY}) and adds none; outside demo mode nothing happens.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100) // after the demo facts, which bring the partners
class DemoOperations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOperations.class);

    /** Who the demo operations are created by, in the operation table and the audit trail: how a restart knows them. */
    static final String CREATED_BY = "demo-facts";

    /** The facts' wording of a target, lower case, and the case categories it stands for. */
    private static final Map<String, List<String>> CATEGORIES = Map.of(
            "drugs", List.of("drugs"),
            "precursors", List.of("precursors"),
            "amphetamine-type stimulants", List.of("drugs"),
            "cites wildlife", List.of("cites-fauna"),
            "cites wildlife and timber", List.of("cites-fauna", "cites-flora"),
            "hazardous waste and scrap", List.of("hazardous-waste"),
            "hazardous waste", List.of("hazardous-waste"));

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final Operations operations;
    private final Partners partners;
    private final HubProperties hub;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoOperations(Operations operations, Partners partners, HubProperties hub, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.operations = operations;
        this.partners = partners;
        this.hub = hub;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!hub.demo()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            // Two hubs starting on one database must not both set the operations up.
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('enforcement.demo-operations'))").query(Object.class).single();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM enforcement.operation WHERE created_by = ?)").param(CREATED_BY)
                    .query(Boolean.class).single()) {
                return;
            }
            List<Operations.OperationInput> inputs = facts().map(this::operationsIn).orElse(List.of());
            inputs.forEach(input -> operations.createAs(CREATED_BY, input));
            log.info("Demo mode: {} joint operations set up from the cooperation facts", inputs.size());
        });
    }

    /** The operations of the facts, as this hub sees them: its own country is no participating partner of its own. */
    List<Operations.OperationInput> operationsIn(Map<String, Object> facts) {
        List<Operations.OperationInput> inputs = new ArrayList<>();
        for (Object entry : list(facts.get("joint_operations"))) {
            if (!(entry instanceof Map<?, ?> operation) || !(operation.get("name") instanceof String name)) {
                continue;
            }
            List<String> organisers = new ArrayList<>();
            for (String key : List.of("initiators", "organisers")) {
                list(operation.get(key)).forEach(organiser -> organisers.add(String.valueOf(organiser)));
            }
            List<String> participants = organisers.stream().filter(code -> !code.equals(hub.node()))
                    .filter(code -> partners.partner(code).isPresent()).toList();
            Set<String> categories = new LinkedHashSet<>();
            for (Object target : list(operation.get("targets"))) {
                List<String> mapped = CATEGORIES.get(String.valueOf(target).strip().toLowerCase(java.util.Locale.ROOT));
                if (mapped == null) {
                    log.warn("Demo operation {}: target '{}' is no case category; left out", name, target);
                }
                else {
                    categories.addAll(mapped);
                }
            }
            List<Operations.Phase> phases = new ArrayList<>();
            if (operation.get("phases") instanceof Integer count) {
                // The facts count the phases without naming them; they are numbered as the operation numbers them.
                for (int i = 0; i < Math.min(count, ROMAN.length); i++) {
                    phases.add(new Operations.Phase(name + " " + ROMAN[i], null, null));
                }
            }
            List<?> listed = list(operation.get("phases"));
            for (int i = 0; i < listed.size(); i++) {
                if (listed.get(i) instanceof Map<?, ?> phase) {
                    Object phaseName = phase.get("name");
                    phases.add(new Operations.Phase(phaseName == null ? name + " " + ROMAN[Math.min(i, ROMAN.length - 1)]
                            : String.valueOf(phaseName), day(phase.get("from")), day(phase.get("to"))));
                }
            }
            String nameVi = operation.get("name_vi") instanceof String vietnamese ? vietnamese : null;
            inputs.add(new Operations.OperationInput(name, nameVi, null, organisers, participants, List.copyOf(categories),
                    phases));
        }
        return inputs;
    }

    /** The facts the hub runs on (the configured file or the built-in ones); empty when the configured file is missing. */
    private Optional<Map<String, Object>> facts() {
        DemoFacts facts = DemoFacts.of(hub);
        if (!facts.exists()) {
            return Optional.empty();
        }
        try (Reader reader = facts.open()) {
            return Optional.of(read(reader));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Reader reader) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        return root instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A day as the facts write it (2020-11-12, quoted or not); anything else (a year, a month) is no day. */
    private static @Nullable LocalDate day(@Nullable Object value) {
        if (value instanceof java.util.Date date) {
            // SnakeYAML reads an unquoted 2020-11-12 as a timestamp at midnight UTC.
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return value instanceof String text ? LocalDate.parse(text.strip()) : null;
        }
        catch (java.time.format.DateTimeParseException notADay) {
            return null;
        }
    }

    private static List<?> list(@Nullable Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
