package org.caunoi.hub.enforcement.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.caunoi.hub.enforcement.internal.CaseInput.Company;
import org.caunoi.hub.enforcement.internal.CaseInput.Conveyance;
import org.caunoi.hub.enforcement.internal.CaseInput.Money;
import org.caunoi.hub.enforcement.internal.CaseInput.Person;
import org.caunoi.hub.enforcement.internal.CaseInput.Quantity;
import org.caunoi.hub.enforcement.internal.CaseInput.Route;
import org.caunoi.hub.platform.tables.TableColumn;
import org.caunoi.hub.platform.tables.TableExport;
import org.caunoi.hub.platform.tables.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a seizure sheet in the shape of the WCO CEN seizure report (one row a seizure: its
 * date, place, procedure, commodity, detection, route, conveyance, one suspect and one company, the
 * narrative), shared by the import, the export and the empty template, and how a row becomes a case.
 * Lists in one cell (transit countries, containers, documents) are separated by spaces, commas or
 * semicolons; the document types by semicolons only (a type's name may hold spaces and commas), one a document
 * in the documents' order, empty for a document of no known type.
 */
public final class CenTemplate {

    private static final Pattern LIST = Pattern.compile("[\\s,;]+");

    /** A column, the case field it fills ({@link CaseChecks}' JSON path), and how an exported case fills it. */
    private record Field(String name, String path, Function<CaseInput, @Nullable Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("date", "date", CaseInput::date),
            new Field("place", "place", CaseInput::place),
            new Field("place-kind", "placeKind", CaseInput::placeKind),
            new Field("detecting-unit", "detectingUnit", CaseInput::detectingUnit),
            new Field("procedure", "procedure", CaseInput::procedure),
            new Field("category", "category", CaseInput::category),
            new Field("hs-code", "hsCode", CaseInput::hsCode),
            new Field("description", "description", CaseInput::description),
            new Field("quantity", "quantity.value", c -> c.quantity() == null ? null : c.quantity().value()),
            new Field("unit", "quantity.unit", c -> c.quantity() == null ? null : c.quantity().unit()),
            new Field("value", "value.amount", c -> c.value() == null ? null : c.value().amount()),
            new Field("currency", "value.currency", c -> c.value() == null ? null : c.value().currency()),
            new Field("concealment", "concealment", CaseInput::concealment),
            new Field("detection-method", "detectionMethod", CaseInput::detectionMethod),
            new Field("departure-country", "route.departure", c -> c.route() == null ? null : c.route().departure()),
            new Field("departure-port", "route.departurePort", c -> c.route() == null ? null : c.route().departurePort()),
            new Field("transit-countries", "route.transit", c -> c.route() == null ? null : joined(c.route().transit())),
            new Field("destination-country", "route.destination", c -> c.route() == null ? null : c.route().destination()),
            new Field("destination-port", "route.destinationPort",
                    c -> c.route() == null ? null : c.route().destinationPort()),
            new Field("vessel-name", "vesselName", c -> c.conveyance() == null ? null : c.conveyance().vesselName()),
            new Field("imo", "imo", c -> c.conveyance() == null ? null : c.conveyance().imo()),
            new Field("flight", "flight", c -> c.conveyance() == null ? null : c.conveyance().flight()),
            new Field("plate", "plate", c -> c.conveyance() == null ? null : c.conveyance().plate()),
            new Field("containers", "containers", c -> c.conveyance() == null ? null : joined(c.conveyance().containers())),
            new Field("person-name", "persons[0].name", c -> person(c, Person::name)),
            new Field("person-date-of-birth", "persons[0].dateOfBirth", c -> person(c, Person::dateOfBirth)),
            new Field("person-nationality", "persons[0].nationality", c -> person(c, Person::nationality)),
            new Field("person-documents", "persons[0].documents", c -> person(c, p -> joined(p.documents()))),
            new Field("document-type", "persons[0].documentTypes", c -> person(c, CenTemplate::documentTypes)),
            new Field("company-name", "companies[0].name", c -> company(c, Company::name)),
            new Field("company-address", "companies[0].address", c -> company(c, Company::address)),
            new Field("company-tax-number", "companies[0].taxNumber", c -> company(c, Company::taxNumber)),
            new Field("narrative", "narrative", CaseInput::narrative));

    /** Columns added after sheets were made from the template: a sheet without them still imports. */
    private static final Set<String> ADDED_LATER = Set.of("document-type");

    /** The columns as the template, the import and the export name them; headers in {@code enforcement.cen.<name>}. */
    public static final List<TableColumn> COLUMNS = FIELDS.stream()
            .map(field -> new TableColumn(field.name(), "enforcement.cen." + field.name(), ADDED_LATER.contains(field.name())))
            .toList();

    /** The case's reference, as an export writes it first; a sheet filled in by hand has none. */
    static final TableColumn REFERENCE = TableColumn.optional("reference", "enforcement.field.reference");

    /** The columns an import reads: the template's, and the reference of a case an export wrote. */
    static final List<TableColumn> IMPORT_COLUMNS = java.util.stream.Stream.concat(java.util.stream.Stream.of(REFERENCE),
            COLUMNS.stream()).toList();

    private CenTemplate() {
    }

    private static @Nullable String coded(TableRow row, String column, java.util.function.BinaryOperator<String> code) {
        String text = blankToNull(row.text(column));
        return text == null ? null : code.apply(column, text);
    }

    /**
     * The case a row describes, not yet checked: cells that are not a date or a number where one
     * is needed are noted on the row. Persons and companies come only when their name is given.
     */
    static CaseInput read(TableRow row) {
        return read(row, (family, text) -> text);
    }

    /**
     * The same, with the coded columns (category, unit, kind of place, procedure, detection method) read
     * through {@code code}: a sheet filled in by hand may name them as the screens do ("Ma túy").
     */
    static CaseInput read(TableRow row, java.util.function.BinaryOperator<String> code) {
        if (row.text("person-name").contains(";")) {
            // One suspect a row: the row's date of birth, nationality and documents could not say whose they are.
            row.problem("person-name", "enforcement.import.one-person", row.text("person-name"));
        }
        List<String> documents = list(row.text("person-documents"));
        Person person = row.text("person-name").isEmpty() ? null
                : new Person(row.text("person-name"), null, row.date("person-date-of-birth"),
                        blankToNull(row.text("person-nationality")), documents, documentTypes(row, documents, code));
        Company company = row.text("company-name").isEmpty() ? null
                : new Company(row.text("company-name"), blankToNull(row.text("company-address")),
                        blankToNull(row.text("company-tax-number")));
        BigDecimal quantity = row.decimal("quantity");
        BigDecimal value = row.decimal("value");
        return new CaseInput(row.date("date"), blankToNull(row.text("place")), coded(row, "place-kind", code),
                blankToNull(row.text("detecting-unit")), coded(row, "procedure", code),
                coded(row, "category", code), blankToNull(row.text("hs-code")), blankToNull(row.text("description")),
                quantity == null && row.text("unit").isEmpty() ? null
                        : new Quantity(quantity, coded(row, "unit", code), null),
                value == null && row.text("currency").isEmpty() ? null
                        : new Money(value, blankToNull(row.text("currency"))),
                blankToNull(row.text("concealment")), coded(row, "detection-method", code),
                route(row), conveyance(row), person == null ? List.of() : List.of(person),
                company == null ? List.of() : List.of(company), blankToNull(row.text("narrative")), null);
    }

    /** The column a checked field belongs to: {@code route.transit[1]} is in {@code transit-countries}. */
    static String column(String fieldPath) {
        String path = fieldPath.replaceAll("\\[[1-9][0-9]*]$", "").replaceAll("(?<=[a-z])\\[0]$", "");
        for (Field field : FIELDS) {
            if (field.path().equals(path) || field.path().equals(fieldPath)) {
                return field.name();
            }
        }
        return Map.of("quantity", "quantity", "value", "value").getOrDefault(path, fieldPath);
    }

    /** Columns whose cells hold a code of the family named like the column ({@code enforcement.<column>.<code>}). */
    private static final Set<String> CODED = Set.of("place-kind", "procedure", "category", "unit", "detection-method",
            "document-type");
    /** Columns whose cells hold one country's ISO code. */
    private static final Set<String> COUNTRY = Set.of("departure-country", "destination-country", "person-nationality");

    /**
     * Codes named in the reader's language, for an export people read: the import reads the names
     * back (a country by its name, a category as the screens name it).
     */
    interface CodeNames {

        /** The name of {@code code} in {@code enforcement.<family>}; the code where it has none. */
        String of(String family, String code);

        String unit(String code);

        String country(String code);
    }

    /**
     * The export's columns: the case's reference and state, then the template's, from the case in the
     * form given, codes named by {@code names}. Transit countries stay codes: names of several words
     * ("Hàn Quốc") in one cell could not be told apart again.
     */
    static List<TableExport.Column<ExportedCase>> exportColumns(CodeNames names) {
        var columns = new java.util.ArrayList<TableExport.Column<ExportedCase>>();
        columns.add(TableExport.column(REFERENCE.name(), REFERENCE.headerKey(), row -> row.stored().reference()));
        columns.add(TableExport.column("state", "enforcement.field.state", row -> names.of("state", row.stored().state())));
        columns.add(TableExport.column("form", "enforcement.export.form", row -> names.of("form", row.form())));
        columns.add(TableExport.column("owning-unit", "enforcement.export.owning-unit",
                row -> names.unit(row.stored().owningUnit())));
        for (Field field : FIELDS) {
            columns.add(TableExport.column(field.name(), "enforcement.cen." + field.name(), row -> {
                Object value = field.value().apply(row.content());
                if (value instanceof DocumentTypes types) {
                    return types.named(names);
                }
                if (!(value instanceof String code)) {
                    return value;
                }
                return CODED.contains(field.name()) ? names.of(field.name(), code)
                        : COUNTRY.contains(field.name()) ? names.country(code) : code;
            }));
        }
        return columns;
    }

    /** A case as exported: the content in the form the officer may see. */
    record ExportedCase(StoredCase stored, String form, CaseInput content) {
    }

    private static @Nullable Route route(TableRow row) {
        String departure = blankToNull(row.text("departure-country"));
        String destination = blankToNull(row.text("destination-country"));
        List<String> transit = list(row.text("transit-countries"));
        String departurePort = blankToNull(row.text("departure-port"));
        String destinationPort = blankToNull(row.text("destination-port"));
        if (departure == null && destination == null && transit.isEmpty() && departurePort == null
                && destinationPort == null) {
            return null;
        }
        return new Route(departure, transit, destination, departurePort, List.of(), destinationPort);
    }

    private static @Nullable Conveyance conveyance(TableRow row) {
        List<String> containers = list(row.text("containers"));
        String vessel = blankToNull(row.text("vessel-name"));
        String imo = blankToNull(row.text("imo"));
        String flight = blankToNull(row.text("flight"));
        String plate = blankToNull(row.text("plate"));
        if (vessel == null && imo == null && flight == null && plate == null && containers.isEmpty()) {
            return null;
        }
        return new Conveyance(vessel, imo, flight, plate, containers);
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(LIST.split(cell.strip())).filter(item -> !item.isEmpty()).toList();
    }

    private static @Nullable String joined(@Nullable List<String> items) {
        return items == null || items.isEmpty() ? null : String.join(" ", items);
    }

    private static @Nullable Object person(CaseInput content, Function<Person, @Nullable Object> value) {
        return content.personList().isEmpty() ? null : value.apply(content.personList().getFirst());
    }

    /** Each document's type in the documents' order, as the import reads them back; none when no type is known. */
    private static @Nullable DocumentTypes documentTypes(Person person) {
        if (person.documents() == null || person.documents().stream().allMatch(document -> person.typeOf(document) == null)) {
            return null;
        }
        return new DocumentTypes(person.documents().stream()
                .map(document -> java.util.Objects.requireNonNullElse(person.typeOf(document), "")).toList());
    }

    /** A person's document types in the documents' order, empty for a document of no known type. */
    private record DocumentTypes(List<String> codes) {

        String named(CodeNames names) {
            return codes.stream().map(code -> code.isEmpty() ? "" : names.of("document-type", code))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
    }

    /**
     * The types in the cell, the n-th the n-th document's; a type beyond the documents is kept under no document,
     * for the checks to refuse rather than the import to drop.
     */
    private static @Nullable Map<String, String> documentTypes(TableRow row, List<String> documents,
            java.util.function.BinaryOperator<String> code) {
        String cell = row.text("document-type");
        if (cell.isBlank()) {
            return null;
        }
        Map<String, String> types = new java.util.LinkedHashMap<>();
        String[] named = cell.split(";", -1);
        for (int i = 0; i < named.length; i++) {
            String name = named[i].strip();
            if (!name.isEmpty()) {
                types.put(i < documents.size() ? documents.get(i) : "", code.apply("document-type", name));
            }
        }
        return types.isEmpty() ? null : types;
    }

    private static @Nullable Object company(CaseInput content, Function<Company, @Nullable Object> value) {
        return content.companyList().isEmpty() ? null : value.apply(content.companyList().getFirst());
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
