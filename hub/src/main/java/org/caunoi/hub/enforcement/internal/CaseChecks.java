package org.caunoi.hub.enforcement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Conveyance;
import org.caunoi.hub.enforcement.internal.CaseInput.Money;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.caunoi.hub.enforcement.internal.CaseInput.Quantity;
import org.caunoi.hub.enforcement.internal.CaseInput.Route;
import org.caunoi.hub.platform.reference.CountryNames;
import org.caunoi.hub.platform.reference.HsNomenclature;
import org.caunoi.hub.platform.reference.SeaPorts;
import org.caunoi.matching.ImoNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a case before anything is stored and writes it the way the hub keeps it: codes in
 * capitals, the weight in kilograms, each person's Latin form. Every field at fault is reported at
 * once, named by its JSON path.
 */
@Component
public class CaseChecks {

    private final HsNomenclature hs;
    private final PortNames ports;
    private final CountryNames countries;
    private final Clock clock;

    CaseChecks(HsNomenclature hs, PortNames ports, CountryNames countries, Clock clock) {
        this.hs = hs;
        this.ports = ports;
        this.countries = countries;
        this.clock = clock;
    }

    /** The longest name, place, number or code a case holds. */
    static final int SHORT_TEXT = 200;
    /** The longest description, concealment or address. */
    static final int TEXT = 4_000;
    /** The longest narrative: several pages of a report. */
    static final int NARRATIVE = 20_000;
    /** The most persons, companies, containers, documents, countries or links of one kind on a case. */
    static final int MANY = 200;

    /** The case as it will be stored; throws with every fault when there is any. */
    public CaseInput checked(CaseInput input) {
        checkSizes(input);
        var errors = new Errors();
        LocalDate today = LocalDate.now(clock);
        if (input.date() == null) {
            errors.add("date", "required");
        }
        else if (input.date().isAfter(today)) {
            errors.add("date", "future");
        }
        String placeKind = input.placeKind() == null ? "port" : input.placeKind();
        errors.oneOf("placeKind", placeKind, CaseCodes.PLACE_KINDS);
        String place = blankToNull(input.place());
        if (place == null) {
            errors.add("place", "required");
        }
        else if (placeKind.equals("port")) {
            place = port(errors, "place", place);
        }
        errors.oneOf("procedure", input.procedure(), CaseCodes.PROCEDURES);
        if (input.category() == null) {
            errors.add("category", "required");
        }
        errors.oneOf("category", input.category(), CaseCodes.CATEGORIES);
        errors.oneOf("detectionMethod", input.detectionMethod(), CaseCodes.DETECTION_METHODS);
        String hsCode = blankToNull(input.hsCode());
        if (hsCode != null) {
            hsCode = hsCode.replace(".", "").strip();
            if (!hs.isValid(hsCode)) {
                errors.add("hsCode", "hs-code", hsCode);
            }
        }
        if (blankToNull(input.description()) == null) {
            errors.add("description", "required");
        }
        Quantity quantity = quantity(errors, input.quantity());
        Money value = money(errors, input.value());
        Route route = route(errors, input.route());
        Conveyance conveyance = conveyance(errors, input.conveyance());
        List<Person> persons = indexed(errors, "persons", input.personList(), (path, person) -> person(errors, path, person, today));
        checkEachDocumentOnce(errors, input.personList());
        List<Company> companies = indexed(errors, "companies", input.companyList(), (path, company) -> company(errors, path, company));
        List<String> links = indexed(errors, "links", input.linkList(), (path, link) -> link.strip().toUpperCase(Locale.ROOT));
        errors.throwIfAny();
        return new CaseInput(input.date(), place, placeKind, blankToNull(input.detectingUnit()), input.procedure(),
                input.category(), hsCode, Objects.requireNonNull(input.description(), "required, checked above").strip(), quantity, value, blankToNull(input.concealment()),
                input.detectionMethod(), route, conveyance, persons, companies, blankToNull(input.narrative()), links);
    }

    /**
     * Refuses a case larger than any an officer writes before anything else is checked: the other checks,
     * and every later read of the case (the non-nominal form screens its text for names), would
     * otherwise spend minutes on a field of megabytes.
     */
    private static void checkSizes(CaseInput input) {
        var errors = new Errors();
        errors.length("place", input.place(), SHORT_TEXT);
        errors.length("detectingUnit", input.detectingUnit(), SHORT_TEXT);
        errors.length("hsCode", input.hsCode(), SHORT_TEXT);
        errors.length("description", input.description(), TEXT);
        errors.length("concealment", input.concealment(), TEXT);
        errors.length("narrative", input.narrative(), NARRATIVE);
        errors.count("persons", input.personList(), MANY);
        errors.count("companies", input.companyList(), MANY);
        errors.count("links", input.linkList(), MANY);
        if (input.route() != null) {
            errors.count("route.transit", input.route().transit(), MANY);
            errors.count("route.transitPorts", input.route().transitPorts(), MANY);
        }
        if (input.conveyance() != null) {
            errors.length("conveyance.vesselName", input.conveyance().vesselName(), SHORT_TEXT);
            errors.length("conveyance.flight", input.conveyance().flight(), SHORT_TEXT);
            errors.length("conveyance.plate", input.conveyance().plate(), SHORT_TEXT);
            errors.count("containers", input.conveyance().containers(), MANY);
        }
        for (int i = 0; i < Math.min(input.personList().size(), MANY); i++) {
            Person person = input.personList().get(i);
            if (person != null) {
                errors.length("persons[" + i + "].name", person.name(), SHORT_TEXT);
                errors.length("persons[" + i + "].latinName", person.latinName(), SHORT_TEXT);
                errors.count("persons[" + i + "].documents", person.documents(), MANY);
                if (person.documents() != null && person.documents().size() <= MANY) {
                    for (int d = 0; d < person.documents().size(); d++) {
                        errors.length("persons[" + i + "].documents[" + d + "]", person.documents().get(d), SHORT_TEXT);
                    }
                }
            }
        }
        for (int i = 0; i < Math.min(input.companyList().size(), MANY); i++) {
            Company company = input.companyList().get(i);
            if (company != null) {
                errors.length("companies[" + i + "].name", company.name(), SHORT_TEXT);
                errors.length("companies[" + i + "].address", company.address(), TEXT);
                errors.length("companies[" + i + "].taxNumber", company.taxNumber(), SHORT_TEXT);
            }
        }
        errors.throwIfAny();
    }

    private @Nullable Quantity quantity(Errors errors, @Nullable Quantity quantity) {
        if (quantity == null) {
            return null;
        }
        boolean amountValid = errors.amount("quantity.value", quantity.value());
        String unit = quantity.unit() == null ? null : quantity.unit().strip().toLowerCase(Locale.ROOT);
        if (unit == null) {
            errors.add("quantity.unit", "required");
        }
        errors.oneOf("quantity.unit", unit, CaseCodes.UNITS);
        BigDecimal amount = quantity.value();
        if (!amountValid || amount == null || unit == null) {
            return quantity;
        }
        return new Quantity(amount, unit, CaseCodes.kilograms(amount, unit));
    }

    private @Nullable Money money(Errors errors, @Nullable Money money) {
        if (money == null) {
            return null;
        }
        errors.amount("value.amount", money.amount());
        String currency = money.currency() == null ? "" : money.currency().strip().toUpperCase(Locale.ROOT);
        if (Currency.getAvailableCurrencies().stream().noneMatch(known -> known.getCurrencyCode().equals(currency))) {
            errors.add("value.currency", "currency", currency);
        }
        return new Money(money.amount(), currency);
    }

    private @Nullable Route route(Errors errors, @Nullable Route route) {
        if (route == null) {
            return null;
        }
        List<String> transit = route.transit() == null ? List.of() : route.transit();
        List<String> transitPorts = route.transitPorts() == null ? List.of() : route.transitPorts();
        return new Route(country(errors, "route.departure", route.departure()),
                indexed(errors, "route.transit", transit, (path, country) -> country(errors, path, country)),
                country(errors, "route.destination", route.destination()),
                route.departurePort() == null ? null : port(errors, "route.departurePort", route.departurePort()),
                indexed(errors, "route.transitPorts", transitPorts, (path, port) -> port(errors, path, port)),
                route.destinationPort() == null ? null : port(errors, "route.destinationPort", route.destinationPort()));
    }

    private @Nullable Conveyance conveyance(Errors errors, @Nullable Conveyance conveyance) {
        if (conveyance == null) {
            return null;
        }
        String imo = blankToNull(conveyance.imo());
        if (imo != null) {
            imo = imo.replaceFirst("(?i)^IMO[\\s:.-]*", "").strip();
            if (!ImoNumber.isValid(imo)) {
                errors.add("imo", "imo", imo);
            }
        }
        List<String> containers = conveyance.containers() == null ? List.of() : conveyance.containers();
        List<String> checked = indexed(errors, "containers", containers, (path, text) -> {
            String number = ContainerNumber.normalise(text);
            if (!ContainerNumber.isValid(number)) {
                errors.add(path, "container", text);
            }
            return number;
        });
        return new Conveyance(blankToNull(conveyance.vesselName()), imo, blankToNull(conveyance.flight()),
                blankToNull(conveyance.plate()), checked);
    }

    private Person person(Errors errors, String path, Person person, LocalDate today) {
        String name = blankToNull(person.name());
        if (name == null) {
            errors.add(path + ".name", "required");
        }
        if (person.dateOfBirth() != null && !person.dateOfBirth().isBefore(today)) {
            errors.add(path + ".dateOfBirth", "future");
        }
        String latin = blankToNull(person.latinName());
        if (latin == null && name != null) {
            latin = LatinNames.of(name);
        }
        List<String> documents = person.documents() == null ? List.of()
                : indexed(errors, path + ".documents", person.documents(), (at, document) -> document.strip()).stream()
                        .filter(document -> !document.isEmpty()).toList();
        return new Person(name, latin, person.dateOfBirth(), country(errors, path + ".nationality", person.nationality()),
                documents, documentTypes(errors, path + ".documentTypes", person.documentTypes(), documents));
    }

    /**
     * Refuses a document typed twice, beside the second time it is given: twice for one suspect (the same number and
     * type; a type not given may be either), or once more for another suspect of the case. A document names one
     * person: the hub finds a suspect's record again by its documents, so the second suspect would become the first.
     * Numbers are compared as {@link #comparable} writes them, the way a number is mistyped.
     */
    private static void checkEachDocumentOnce(Errors errors, List<? extends @Nullable Person> persons) {
        Map<String, Integer> suspectOfDocument = new HashMap<>();
        for (int p = 0; p < persons.size(); p++) {
            Person person = persons.get(p);
            if (person == null || person.documents() == null) {
                continue;
            }
            Map<String, List<@Nullable String>> typesOfNumber = new HashMap<>();
            for (int d = 0; d < person.documents().size(); d++) {
                String number = person.documents().get(d);
                if (number == null || number.isBlank()) {
                    continue;
                }
                String path = "persons[" + p + "].documents[" + d + "]";
                String comparable = comparable(number);
                String type = blankToNull(person.typeOf(number));
                List<@Nullable String> typesGiven = typesOfNumber.computeIfAbsent(comparable, given -> new ArrayList<>());
                Integer otherSuspect = suspectOfDocument.putIfAbsent(comparable, p);
                if (otherSuspect != null && otherSuspect != p) {
                    errors.add(path, "document-of-another-suspect", number.strip());
                }
                else if (typesGiven.stream().anyMatch(given -> given == null || type == null || given.equals(type))) {
                    errors.add(path, "document-twice", number.strip());
                }
                typesGiven.add(type);
            }
        }
    }

    /** A document number as it is compared with another: without spaces or dashes, in capitals. */
    static String comparable(String number) {
        return number.replaceAll("[\\s\\p{Pd}]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Each document's type from the closed list, by its number as the documents name it; a type for a number the
     * person's documents do not hold is refused, a blank one dropped. Null when no type is known, as before.
     */
    private static @Nullable Map<String, String> documentTypes(Errors errors, String path,
            @Nullable Map<String, String> types, List<String> documents) {
        if (types == null) {
            return null;
        }
        Map<String, String> checked = new java.util.LinkedHashMap<>();
        types.forEach((number, type) -> {
            String document = number == null ? "" : number.strip();
            if (type == null || type.isBlank()) {
                return;
            }
            if (!documents.contains(document)) {
                errors.add(path, "document-type-without-document", document);
                return;
            }
            errors.oneOf(path, type.strip(), CaseCodes.DOCUMENT_TYPES);
            checked.put(document, type.strip());
        });
        return checked.isEmpty() ? null : checked;
    }

    private Company company(Errors errors, String path, Company company) {
        if (blankToNull(company.name()) == null) {
            errors.add(path + ".name", "required");
        }
        return new Company(blankToNull(company.name()), blankToNull(company.address()), blankToNull(company.taxNumber()));
    }

    private @Nullable String country(Errors errors, String path, @Nullable String text) {
        if (text == null) {
            return null;
        }
        return countries.code(text).orElseGet(() -> {
            errors.add(path, "country", text);
            return text;
        });
    }

    private String port(Errors errors, String path, String text) {
        return ports.find(text).map(SeaPorts.SeaPort::locode).orElseGet(() -> {
            List<SeaPorts.SeaPort> close = ports.closeTo(text);
            if (close.isEmpty()) {
                errors.add(path, "port", text);
            }
            else {
                errors.add(path, "port-suggest", text, String.join(", ",
                        close.stream().map(port -> port.locode() + " (" + port.name() + ")").toList()));
            }
            return text;
        });
    }

    /**
     * Each item of a list checked at its path ({@code persons[2]}); a {@code null} item, which JSON
     * allows in any list, is reported as a missing value at its path and left out (the errors refuse
     * the whole input).
     */
    private static <T> List<T> indexed(Errors errors, String path, List<? extends @Nullable T> items,
            java.util.function.BiFunction<String, T, T> check) {
        List<T> checked = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                errors.add(path + "[" + i + "]", "required");
            }
            else {
                checked.add(check.apply(path + "[" + i + "]", item));
            }
        }
        return checked;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The faults found so far. */
    private static final class Errors {

        private final List<InvalidInputException.FieldError> found = new ArrayList<>();

        void add(String field, String code, String... args) {
            found.add(new InvalidInputException.FieldError(field, code, List.of(args)));
        }

        /** A required amount that cannot be negative; true when it is fine. */
        boolean amount(String field, @Nullable BigDecimal value) {
            if (value == null) {
                add(field, "required");
            }
            else if (value.signum() < 0) {
                add(field, "negative");
            }
            return value != null && value.signum() >= 0;
        }

        void length(String field, @Nullable String value, int max) {
            if (value != null && value.length() > max) {
                add(field, "too-long", String.valueOf(max));
            }
        }

        void count(String field, @Nullable List<?> values, int max) {
            if (values != null && values.size() > max) {
                add(field, "too-many-entries", String.valueOf(max));
            }
        }

        void oneOf(String field, @Nullable String value, List<String> allowed) {
            if (value != null && !allowed.contains(value)) {
                add(field, "one-of", value, String.join(", ", allowed));
            }
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidInputException(found);
            }
        }
    }
}
