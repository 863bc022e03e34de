package org.caunoi.hub.partners.internal.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.partners.Agreement.DatePrecision;
import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.AgreementStatus;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.PartnerKind;
import org.caunoi.hub.partners.Region;
import org.caunoi.hub.platform.DemoFacts;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code cooperation-facts.yaml} into partners and agreements. It reads the YAML node tree
 * rather than plain maps so that every problem names its line; it collects all problems and
 * returns data only when there are none, so a bad file loads nothing.
 */
public final class CooperationFactsParser {

    /** The demo data built into the hub, on the classpath. */

    private static final Pattern IMPLEMENTING_ARRANGEMENT = Pattern.compile("implementing arrangement signed (\\d{4})");

    /** Where the facts come from, as problems name it: a file path or the built-in resource. */
    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Partner> partners = new LinkedHashMap<>();
    private final List<Agreement> agreements = new ArrayList<>();
    /** Each agreement's note in English, as the file gives it: what the partners' hubs show. */
    private final List<String> notesEn = new ArrayList<>();
    private Partner home = new Partner("VN", PartnerKind.CUSTOMS_ADMINISTRATION, "VN", "Cục Hải quan",
            "Vietnam Customs (Department of Customs)", Region.SOUTHEAST_ASIA, "", List.of());

    private CooperationFactsParser(String source) {
        this.source = source;
    }

    /** Opens the facts for reading. */
    private interface Opener {
        Reader open() throws IOException;
    }

    /**
     * What the file holds, as the home administration (Vietnam Customs) sees it: notes in Vietnamese
     * where the file words them so; {@code notesEn} holds each agreement's note as the file gives it
     * in English, for the partners' hubs.
     */
    public record Facts(Partner home, List<Partner> partners, List<Agreement> agreements, List<String> notesEn) {

        public Facts {
            partners = List.copyOf(partners);
            agreements = List.copyOf(agreements);
            notesEn = List.copyOf(notesEn);
        }

        /**
         * The same facts as the hub of partner {@code node} sees them: the home administration is its
         * one partner, under the agreements both signed. This is how the demo network's other hubs
         * (Hong Kong, China; Lao PDR) know Vietnam without facts of their own.
         */
        public Facts seenFrom(String node) {
            if (node.equals(home.code())) {
                return this;
            }
            // The partner's hub words its records in English, as the partner would.
            List<Agreement> shared = IntStream.range(0, agreements.size())
                    .filter(i -> agreements.get(i).kind() != AgreementKind.MULTILATERAL_CONVENTION)
                    .filter(i -> agreements.get(i).parties().contains(node))
                    .mapToObj(i -> {
                        Agreement agreement = agreements.get(i);
                        return new Agreement(agreement.id(), agreement.kind(), agreement.titleVi(),
                                agreement.titleEn(), home.nameEn(), agreement.signedOn(), agreement.signedPrecision(),
                                agreement.entryIntoForce(), agreement.expiresOn(), agreement.status(), List.of(home.code()),
                                agreement.profile(), notesEn.get(i), agreement.version(), agreement.document());
                    })
                    .toList();
            return new Facts(home, shared.isEmpty() ? List.of() : List.of(home), shared,
                    shared.stream().map(Agreement::note).toList());
        }
    }

    /** Parses the facts; throws {@link InvalidFactsException} listing every problem with its line. */
    public static Facts parse(DemoFacts facts) {
        return new CooperationFactsParser(facts.name()).read(facts::open);
    }

    /** Parses the file; throws {@link InvalidFactsException} listing every problem with its line. */
    public static Facts parse(Path file) {
        return parse(DemoFacts.file(file));
    }

    /** Parses the demo data built into the hub ({@value DemoFacts#BUILT_IN}), which needs nothing beside the jar. */
    public static Facts builtIn() {
        return parse(DemoFacts.builtIn());
    }

    private Facts read(Opener opener) {
        Node root;
        try (Reader reader = opener.open()) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(reader);
        }
        catch (IOException e) {
            throw new InvalidFactsException(source, List.of(source + ": cannot be read: " + e.getMessage()));
        }
        catch (YAMLException e) {
            throw new InvalidFactsException(source, List.of(source + ": not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new InvalidFactsException(source, List.of(source + ":1: expected a mapping of sections"));
        }
        for (NodeTuple section : mapping.getValue()) {
            String name = scalar(section.getKeyNode()).orElse("");
            switch (name) {
                case "home_administration" -> home(section.getValueNode());
                case "multilateral" -> items(section.getValueNode()).forEach(this::multilateral);
                case "government_agreements" -> items(section.getValueNode())
                        .forEach(item -> bilateral(item, AgreementKind.GOVERNMENT_AGREEMENT));
                case "ministry_agreements" -> items(section.getValueNode())
                        .forEach(item -> bilateral(item, AgreementKind.MINISTRY_AGREEMENT));
                case "administration_agreements" -> items(section.getValueNode())
                        .forEach(item -> bilateral(item, AgreementKind.ADMINISTRATION_ARRANGEMENT));
                case "other_arrangements" -> items(section.getValueNode()).forEach(item -> bilateral(item, null));
                default -> {
                    // Other sections (operations, figures...) belong to other modules.
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(source, problems);
        }
        return new Facts(home, List.copyOf(partners.values()), List.copyOf(agreements), List.copyOf(notesEn));
    }

    private void home(Node node) {
        if (!(node instanceof MappingNode item)) {
            problem(node, "expected the home administration's name_vi, name_en and country");
            return;
        }
        Map<String, Node> fields = fields(item);
        String country = text(fields, "country", item).orElse(home.code());
        home = new Partner(country, PartnerKind.CUSTOMS_ADMINISTRATION, country,
                text(fields, "name_vi", item).orElse(home.nameVi()), text(fields, "name_en", item).orElse(home.nameEn()),
                Region.ofCountry(country), text(fields, "note", item).orElse(""), List.of());
    }

    private void multilateral(MappingNode item) {
        Map<String, Node> fields = fields(item);
        String body = text(fields, "body", item).orElse("");
        Optional<MultilateralInstrument> instrument = MultilateralInstrument.forBody(body);
        if (instrument.isEmpty()) {
            problem(item, "unknown international body '" + body + "'");
            return;
        }
        MultilateralInstrument known = instrument.get();
        Partner partner = partner(known.partnerCode(), item);
        if (partner == null || !fields.containsKey("joined")) {
            return;
        }
        Optional<SignedDate> joined = signedDate(fields, "joined", item);
        joined.ifPresent(date -> add(agreement(AgreementKind.MULTILATERAL_CONVENTION, known.titleVi(),
                known.titleEn(), "", date, List.of(partner.code()), vietnamese(fields, "note", item).orElse(""), ""),
                text(fields, "note", item).orElse("")));
    }

    private void bilateral(MappingNode item, @Nullable AgreementKind sectionKind) {
        Map<String, Node> fields = fields(item);
        Optional<String> code = text(fields, "partner", item);
        if (code.isEmpty()) {
            problem(item, "missing 'partner'");
            return;
        }
        Partner partner = partner(code.get(), fields.getOrDefault("partner", item));
        Optional<SignedDate> signed = fields.containsKey("date") ? signedDate(fields, "date", item)
                : signedDate(fields, "year", item);
        if (fields.containsKey("date") && fields.containsKey("year") && signed.isPresent()) {
            Optional<String> year = text(fields, "year", item);
            if (year.isPresent() && !year.get().equals(Integer.toString(signed.get().date().getYear()))) {
                problem(fields.get("year"), "year " + year.get() + " does not match date " + signed.get().date());
            }
        }
        if (partner == null || signed.isEmpty()) {
            return;
        }
        String scope = text(fields, "scope", item).orElse("");
        String scopeVi = vietnamese(fields, "scope", item).orElse("");
        String note = text(fields, "note", item).orElse("");
        String noteVi = vietnamese(fields, "note", item).orElse("");
        String counterpart = text(fields, "counterpart", item).orElse("");
        String counterpartVi = vietnamese(fields, "counterpart", item).orElse("");
        AgreementKind kind = sectionKind != null ? sectionKind : kindFromScope(scope);
        AgreementTitles titles = AgreementTitles.of(kind, counterpart, scope, counterpartVi, scopeVi);
        add(agreement(kind, titles.vi(), titles.en(), counterpartVi, signed.get(), List.of(partner.code()),
                noteVi.isEmpty() ? scopeVi : noteVi, scope), note.isEmpty() ? scope : note);
        Matcher implementing = IMPLEMENTING_ARRANGEMENT.matcher(note);
        if (implementing.find()) {
            AgreementTitles implementingTitles = AgreementTitles.of(AgreementKind.IMPLEMENTING_ARRANGEMENT, "", "");
            add(agreement(AgreementKind.IMPLEMENTING_ARRANGEMENT, implementingTitles.vi(),
                    implementingTitles.en(), "", new SignedDate(LocalDate.of(Integer.parseInt(implementing.group(1)), 1, 1),
                            DatePrecision.YEAR), List.of(partner.code()), noteVi, ""), note);
        }
    }

    private void add(Agreement agreement, String noteEn) {
        agreements.add(agreement);
        notesEn.add(noteEn);
    }

    static AgreementKind kindFromScope(String scope) {
        String lower = scope.toLowerCase(Locale.ROOT);
        if (lower.contains("statistics")) {
            return AgreementKind.STATISTICS_EXCHANGE;
        }
        if (lower.contains("authorised economic operator") || lower.contains("aeo")) {
            return AgreementKind.AEO_MUTUAL_RECOGNITION;
        }
        if (lower.startsWith("mou")) {
            return AgreementKind.MOU;
        }
        return AgreementKind.ADMINISTRATION_ARRANGEMENT;
    }

    private Agreement agreement(AgreementKind kind, String titleVi, String titleEn, String counterpart,
            SignedDate signed, List<String> parties, String note, String scope) {
        return new Agreement(0, kind, titleVi, titleEn, counterpart, signed.date(), signed.precision(), null, null,
                AgreementStatus.IN_FORCE, parties, DemoExchangeProfiles.of(kind, parties, scope), note, 0, null);
    }

    private @Nullable Partner partner(String code, Node where) {
        if (!KnownBodies.isKnown(code)) {
            problem(where, "unknown country or partner code '" + code + "' (expected an ISO 3166 code such as HK, "
                    + "or one of " + String.join(", ", KnownBodies.INTERNATIONAL_BODIES.keySet().stream().sorted().toList()) + ")");
            return null;
        }
        return partners.computeIfAbsent(code, c -> {
            KnownBodies.Names names = KnownBodies.namesOf(c);
            boolean country = KnownBodies.isCountry(c);
            return new Partner(c, KnownBodies.kindOf(c), country ? c : null, names.vi(), names.en(),
                    country ? Region.ofCountry(c) : Region.INTERNATIONAL, "", List.of());
        });
    }

    private record SignedDate(LocalDate date, DatePrecision precision) {
    }

    private Optional<SignedDate> signedDate(Map<String, Node> fields, String key, Node item) {
        Optional<String> value = text(fields, key, item);
        if (value.isEmpty()) {
            problem(item, "missing '" + key + "'");
            return Optional.empty();
        }
        String text = value.get();
        Node where = fields.getOrDefault(key, item);
        try {
            if (text.matches("\\d{4}")) {
                int year = Integer.parseInt(text);
                // A plausibility bound with a year to spare, so whose "now" it is does not matter here.
                if (year < 1900 || year > Year.now(ZoneOffset.UTC).getValue() + 1) {
                    problem(where, "year " + year + " is out of range");
                    return Optional.empty();
                }
                return Optional.of(new SignedDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new SignedDate(LocalDate.parse(text + "-01"), DatePrecision.YEAR));
            }
            return Optional.of(new SignedDate(LocalDate.parse(text), DatePrecision.DAY));
        }
        catch (DateTimeParseException e) {
            problem(where, "bad date '" + text + "' (expected YYYY-MM-DD or a year)");
            return Optional.empty();
        }
    }

    private List<MappingNode> items(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "expected a list");
            return List.of();
        }
        List<MappingNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                items.add(mapping);
            }
            else {
                problem(item, "expected an entry with fields");
            }
        }
        return items;
    }

    private Map<String, Node> fields(MappingNode item) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : item.getValue()) {
            scalar(tuple.getKeyNode()).ifPresent(key -> fields.put(key, tuple.getValueNode()));
        }
        return fields;
    }

    /**
     * A field's Vietnamese wording ({@code key_vi}), or the field as the file gives it where it has
     * none: what an officer reads on Vietnam's hub (the single-language note, the counterpart).
     */
    private Optional<String> vietnamese(Map<String, Node> fields, String key, Node item) {
        return text(fields, key + "_vi", item).or(() -> text(fields, key, item));
    }

    private Optional<String> text(Map<String, Node> fields, String key, Node item) {
        Node node = fields.get(key);
        if (node == null) {
            return Optional.empty();
        }
        Optional<String> value = scalar(node);
        if (value.isEmpty()) {
            problem(node, "'" + key + "' must be a single value");
        }
        return value.map(String::strip);
    }

    private static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    private void problem(Node where, String message) {
        problems.add(source + ":" + (where.getStartMark().getLine() + 1) + ": " + message);
    }

    /** The facts file cannot be loaded; {@link #problems()} names each problem with file and line. */
    public static final class InvalidFactsException extends RuntimeException {
        private final List<String> problems;

        InvalidFactsException(String source, List<String> problems) {
            super("The facts file " + source + " was not loaded:\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
