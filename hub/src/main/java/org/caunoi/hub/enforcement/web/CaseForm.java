package org.caunoi.hub.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caunoi.hub.enforcement.internal.CaseInput;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.caunoi.hub.platform.reference.CountryNames;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The case form, for a new case or a correction, as an officer types a seizure at a border post: every suspect,
 * company, container and transit country on a row of its own (rows added and removed as the officer goes), the
 * goods, their value, how they were hidden and found. Blank rows are left out; the field errors of the case checks
 * land beside the row they are about.
 */
public class CaseForm {

    /** The lists the form holds a row per item of, by the name their add and remove buttons send. */
    static final List<String> LISTS = List.of("persons", "companies", "containers", "transit");

    /** Where the case checks' JSON paths show on this form, for fields outside the lists. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("quantity.value", "quantityValue"),
            Map.entry("quantity.unit", "quantityUnit"), Map.entry("value.amount", "valueAmount"),
            Map.entry("value.currency", "valueCurrency"), Map.entry("route.departure", "departure"),
            Map.entry("route.destination", "destination"), Map.entry("route.transit", "transit"),
            Map.entry("conveyance.vesselName", "vesselName"));

    /** A path into one of the lists: {@code persons[1].name}, {@code containers[2]}, {@code route.transit[0]}. */
    private static final Pattern LISTED = Pattern.compile("(persons|companies|containers|route\\.transit)\\[(\\d+)](?:\\.(\\w+))?.*");

    /** A path to one document of a suspect: {@code persons[0].documents[1]}. */
    private static final Pattern DOCUMENT = Pattern.compile("persons\\[\\d+]\\.documents\\[(\\d+)].*");

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private String date = "";
    private String place = "";
    private String placeKind = "port";
    private String category = "drugs";
    private String hsCode = "";
    private String description = "";
    private String quantityValue = "";
    private String quantityUnit = "kg";
    private String valueAmount = "";
    private String valueCurrency = "";
    private String concealment = "";
    private String detectionMethod = "";
    private String departure = "";
    private List<String> transit = new ArrayList<>(List.of(""));
    private String destination = "";
    private String vesselName = "";
    private String imo = "";
    private List<String> containers = new ArrayList<>(List.of(""));
    private List<PersonRow> persons = new ArrayList<>(List.of(new PersonRow()));
    private List<CompanyRow> companies = new ArrayList<>(List.of(new CompanyRow()));
    private String narrative = "";
    /** The version a correction form was filled from, sent back so a correction made meanwhile is not overwritten. */
    private @Nullable Integer version;

    /**
     * The form's row each item of the case's lists came from (blank rows are left out of the case), so that an error
     * at {@code persons[1]} shows on the row the officer typed it in.
     */
    private final Map<String, List<Integer>> rowsOfItems = new HashMap<>();

    /** A suspect as the form shows one, with every identity document on a line of its own (a passport, an ID card). */
    public static class PersonRow {
        private String name = "";
        private String dateOfBirth = "";
        private String nationality = "";
        private List<DocumentRow> documents = new ArrayList<>(List.of(new DocumentRow()));
        /** Which of the stored case's persons a correction's row was filled from: its Latin name stays. */
        private @Nullable Integer origin;

        boolean isBlank() {
            return name.isBlank() && dateOfBirth.isBlank() && nationality.isBlank()
                    && documents.stream().allMatch(document -> document == null || document.isBlank());
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
        public String getNationality() { return nationality; }
        public void setNationality(String nationality) { this.nationality = nationality; }
        public List<DocumentRow> getDocuments() { return documents; }
        public void setDocuments(List<DocumentRow> documents) { this.documents = documents; }
        public @Nullable Integer getOrigin() { return origin; }
        public void setOrigin(@Nullable Integer origin) { this.origin = origin; }
    }

    /** One identity document of a suspect: its number and, when known, its type. */
    public static class DocumentRow {
        private String number = "";
        private String type = "";

        boolean isBlank() {
            return number.isBlank() && type.isBlank();
        }

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
    }

    /** A company: its name, its tax number (mã số thuế) and its address. */
    public static class CompanyRow {
        private String name = "";
        private String taxNumber = "";
        private String address = "";

        boolean isBlank() {
            return name.isBlank() && taxNumber.isBlank() && address.isBlank();
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTaxNumber() { return taxNumber; }
        public void setTaxNumber(String taxNumber) { this.taxNumber = taxNumber; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
    }

    /**
     * The case the form describes; a date or number that does not parse is a field error (and left out of
     * the case, so the checks can still look at every other field), nothing else is checked here.
     */
    CaseInput toInput(Errors errors) {
        rowsOfItems.clear();
        LocalDate seized = FormFields.date("date", date, errors);
        BigDecimal quantity = number("quantityValue", quantityValue, errors);
        BigDecimal amount = number("valueAmount", valueAmount, errors);
        if (!valueAmount.isBlank() && valueCurrency.isBlank()) {
            errors.rejectValue("valueCurrency", "enforcement.invalid.required");
        }
        List<String> transitCountries = typed("route.transit", transit);
        boolean route = !(departure.isBlank() && destination.isBlank() && transitCountries.isEmpty());
        List<String> containerNumbers = typed("containers", containers);
        boolean conveyance = !(vesselName.isBlank() && imo.isBlank() && containerNumbers.isEmpty());
        return new CaseInput(seized, blank(place), blank(placeKind), null, null, blank(category), blank(hsCode),
                blank(description), quantity == null ? null : new CaseInput.Quantity(quantity, blank(quantityUnit), null),
                amount == null ? null : new CaseInput.Money(amount, blank(valueCurrency)), blank(concealment),
                blank(detectionMethod),
                route ? new CaseInput.Route(blank(departure), transitCountries, blank(destination), null, List.of(), null) : null,
                conveyance ? new CaseInput.Conveyance(blank(vesselName), blank(imo), null, null, containerNumbers) : null,
                persons(errors), companies(), blank(narrative), List.of());
    }

    private List<CaseInput.Person> persons(Errors errors) {
        List<CaseInput.Person> typed = new ArrayList<>();
        List<Integer> rows = rowsOfItems.computeIfAbsent("persons", list -> new ArrayList<>());
        for (int row = 0; row < persons.size(); row++) {
            PersonRow person = persons.get(row);
            if (person == null || person.isBlank()) {
                continue;
            }
            LocalDate born = FormFields.date("persons[" + row + "].dateOfBirth", person.dateOfBirth, errors);
            List<String> numbers = new ArrayList<>();
            Map<String, String> types = new LinkedHashMap<>();
            List<Integer> documentRows = rowsOfItems.computeIfAbsent("persons[" + row + "].documents", list -> new ArrayList<>());
            for (int line = 0; line < person.documents.size(); line++) {
                DocumentRow document = person.documents.get(line);
                if (document == null || document.isBlank()) {
                    continue;
                }
                String number = document.number.strip();
                if (number.isEmpty()) {
                    // A type alone names no document: said beside it rather than dropped unseen.
                    errors.rejectValue("persons[" + row + "].documents[" + line + "].number", "enforcement.invalid.document-number-missing");
                    continue;
                }
                numbers.add(number);
                documentRows.add(line);
                if (!document.type.isBlank()) {
                    types.put(number, document.type.strip());
                }
            }
            typed.add(new CaseInput.Person(blank(person.name), null, born, blank(person.nationality), numbers,
                    types.isEmpty() ? null : types));
            rows.add(row);
        }
        return typed;
    }

    private List<CaseInput.Company> companies() {
        List<CaseInput.Company> typed = new ArrayList<>();
        List<Integer> rows = rowsOfItems.computeIfAbsent("companies", list -> new ArrayList<>());
        for (int row = 0; row < companies.size(); row++) {
            CompanyRow company = companies.get(row);
            if (company != null && !company.isBlank()) {
                typed.add(new CaseInput.Company(blank(company.name), blank(company.address), blank(company.taxNumber)));
                rows.add(row);
            }
        }
        return typed;
    }

    /** The rows of a list of texts that hold something, stripped. */
    private List<String> typed(String path, List<String> rows) {
        List<String> typed = new ArrayList<>();
        List<Integer> used = rowsOfItems.computeIfAbsent(path, list -> new ArrayList<>());
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row) != null && !rows.get(row).isBlank()) {
                typed.add(rows.get(row).strip());
                used.add(row);
            }
        }
        return typed;
    }

    /**
     * For each person of the case {@link #toInput} made, the stored person its row was filled from (null for a row
     * added since): a correction keeps what the form does not show of that person.
     */
    List<@Nullable Integer> personOrigins() {
        List<@Nullable Integer> origins = new ArrayList<>();
        for (int row : rowsOfItems.getOrDefault("persons", List.of())) {
            origins.add(persons.get(row).origin);
        }
        return origins;
    }

    /**
     * A list the officer added a row to or took one out of: {@code list} as the form's fields name it
     * ({@code persons}, {@code persons[1].documents}), in the part of the form {@code fragment} that shows it again.
     */
    record RowsChanged(String fragment, String list) {
    }

    /**
     * Adds a row to the list {@code add} names, or takes out the row {@code remove} names ({@code persons:1}); a
     * suspect's documents are named by the suspect's row ({@code documents:1} adds one, {@code documents:1:0} takes
     * out the first). Empty when neither names a list and row the form has.
     */
    Optional<RowsChanged> changeRows(@Nullable String add, @Nullable String remove) {
        Optional<RowsChanged> documents = changeDocuments(add, remove);
        if (documents.isPresent()) {
            return documents;
        }
        if (add != null && LISTS.contains(add)) {
            switch (add) {
                case "persons" -> persons.add(new PersonRow());
                case "companies" -> companies.add(new CompanyRow());
                case "containers" -> containers.add("");
                default -> transit.add("");
            }
            return Optional.of(new RowsChanged(add, add));
        }
        if (remove != null && remove.matches("\\w+:\\d{1,3}")) {
            String list = remove.substring(0, remove.indexOf(':'));
            int row = Integer.parseInt(remove.substring(remove.indexOf(':') + 1));
            List<?> rows = switch (list) {
                case "persons" -> persons;
                case "companies" -> companies;
                case "containers" -> containers;
                case "transit" -> transit;
                default -> List.of();
            };
            if (row < rows.size()) {
                rows.remove(row);
                return Optional.of(new RowsChanged(list, list));
            }
        }
        return Optional.empty();
    }

    private static final Pattern ADD_DOCUMENT = Pattern.compile("documents:(\\d{1,3})");
    private static final Pattern REMOVE_DOCUMENT = Pattern.compile("documents:(\\d{1,3}):(\\d{1,3})");

    /** A document added to or taken out of a suspect's row; the suspects' part of the form shows again. */
    private Optional<RowsChanged> changeDocuments(@Nullable String add, @Nullable String remove) {
        Matcher adding = ADD_DOCUMENT.matcher(add == null ? "" : add);
        Matcher removing = REMOVE_DOCUMENT.matcher(remove == null ? "" : remove);
        Matcher named = adding.matches() ? adding : removing.matches() ? removing : null;
        if (named == null) {
            return Optional.empty();
        }
        int row = Integer.parseInt(named.group(1));
        if (row >= persons.size() || persons.get(row) == null) {
            return Optional.empty();
        }
        List<DocumentRow> documents = persons.get(row).documents;
        if (named == adding) {
            documents.add(new DocumentRow());
        }
        else {
            int line = Integer.parseInt(named.group(2));
            if (line >= documents.size()) {
                return Optional.empty();
            }
            documents.remove(line);
            if (documents.isEmpty()) {
                // A suspect keeps one empty line to type a document in, as a list keeps one empty row.
                documents.add(new DocumentRow());
            }
        }
        return Optional.of(new RowsChanged("persons", "persons[" + row + "].documents"));
    }

    /** The form filled from a stored case, for correcting it: countries by name in the officer's language, dates day first. */
    static CaseForm of(CaseInput content, CountryNames countries, Locale language) {
        CaseForm form = new CaseForm();
        form.date = day(content.date());
        form.place = text(content.place());
        form.placeKind = content.placeKind() == null ? "port" : content.placeKind();
        form.category = text(content.category());
        form.hsCode = text(content.hsCode());
        form.description = text(content.description());
        if (content.quantity() != null) {
            form.quantityValue = content.quantity().value() == null ? "" : content.quantity().value().toPlainString();
            form.quantityUnit = text(content.quantity().unit());
        }
        if (content.value() != null) {
            form.valueAmount = content.value().amount() == null ? "" : content.value().amount().toPlainString();
            form.valueCurrency = text(content.value().currency());
        }
        form.concealment = text(content.concealment());
        form.detectionMethod = text(content.detectionMethod());
        if (content.route() != null) {
            form.departure = country(content.route().departure(), countries, language);
            form.destination = country(content.route().destination(), countries, language);
            form.transit = rows(listOf(content.route().transit()).stream().map(code -> country(code, countries, language)).toList(), "");
        }
        if (content.conveyance() != null) {
            form.vesselName = text(content.conveyance().vesselName());
            form.imo = text(content.conveyance().imo());
            form.containers = rows(listOf(content.conveyance().containers()), "");
        }
        List<PersonRow> persons = new ArrayList<>();
        List<CaseInput.Person> stored = listOf(content.persons());
        for (int index = 0; index < stored.size(); index++) {
            persons.add(personRow(stored.get(index), index, countries, language));
        }
        form.persons = rows(persons, new PersonRow());
        form.companies = rows(listOf(content.companies()).stream().map(company -> {
            CompanyRow row = new CompanyRow();
            row.name = text(company.name());
            row.taxNumber = text(company.taxNumber());
            row.address = text(company.address());
            return row;
        }).toList(), new CompanyRow());
        form.narrative = text(content.narrative());
        return form;
    }

    private static PersonRow personRow(CaseInput.Person person, int index, CountryNames countries, Locale language) {
        PersonRow row = new PersonRow();
        row.name = text(person.name());
        row.dateOfBirth = day(person.dateOfBirth());
        row.nationality = country(person.nationality(), countries, language);
        row.documents = rows(listOf(person.documents()).stream().map(number -> {
            DocumentRow document = new DocumentRow();
            document.number = number;
            document.type = text(person.typeOf(number));
            return document;
        }).toList(), new DocumentRow());
        row.origin = index;
        return row;
    }

    /** The items as rows to edit, or one empty row to type in when there are none. */
    private static <T> List<T> rows(List<T> items, T empty) {
        return new ArrayList<>(items.isEmpty() ? List.of(empty) : items);
    }

    /** Puts the case checks' errors on the form's fields, each beside the row it is about, worded by the bundles. */
    void reject(InvalidInputException invalid, Errors errors) {
        FormFields.reject(invalid, errors, this::fieldOf);
    }

    /** The form's field a JSON path of the checks points at; the path itself where the form has no such field. */
    private String fieldOf(String path) {
        Matcher listed = LISTED.matcher(path);
        if (!listed.matches()) {
            return FIELDS.getOrDefault(path, path);
        }
        String list = listed.group(1);
        String formList = list.equals("route.transit") ? "transit" : list;
        List<Integer> rows = rowsOfItems.getOrDefault(list, List.of());
        int item = Integer.parseInt(listed.group(2));
        if (item >= rows.size()) {
            // Not an item the form sent (cannot happen as the form builds the case): said about the list.
            return formList;
        }
        String row = formList + "[" + rows.get(item) + "]";
        String part = listed.group(3);
        return switch (list) {
            case "persons" -> row + "." + switch (part == null ? "name" : part) {
                case "dateOfBirth", "nationality" -> part;
                case "documents", "documentTypes" -> documentField(row, path);
                default -> "name";
            };
            case "companies" -> row + "." + (part == null || !List.of("taxNumber", "address").contains(part) ? "name" : part);
            default -> row;
        };
    }

    /** A suspect's document the checks' path names ({@code persons[0].documents[1]}): its line's number field. */
    private String documentField(String personRow, String path) {
        Matcher document = DOCUMENT.matcher(path);
        List<Integer> lines = rowsOfItems.getOrDefault(personRow + ".documents", List.of());
        if (document.matches() && Integer.parseInt(document.group(1)) < lines.size()) {
            return "documents[" + lines.get(Integer.parseInt(document.group(1))) + "].number";
        }
        // The documents as a whole (too many of them, or a type the checks refuse): said beside the first line.
        return "documents[0].number";
    }

    private static @Nullable BigDecimal number(String field, String text, Errors errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        }
        catch (NumberFormatException e) {
            errors.rejectValue(field, "enforcement.invalid.number");
            return null;
        }
    }

    private static <T> List<T> listOf(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "" : DAY_FIRST.format(date);
    }

    private static String country(@Nullable String code, CountryNames countries, Locale language) {
        if (code == null) {
            return "";
        }
        // The name, when it reads back as the same country; the code otherwise.
        String name = countries.of(code, language);
        return countries.code(name).filter(code::equals).isPresent() ? name : code;
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getPlaceKind() { return placeKind; }
    public void setPlaceKind(String placeKind) { this.placeKind = placeKind; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getHsCode() { return hsCode; }
    public void setHsCode(String hsCode) { this.hsCode = hsCode; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getQuantityValue() { return quantityValue; }
    public void setQuantityValue(String quantityValue) { this.quantityValue = quantityValue; }
    public String getQuantityUnit() { return quantityUnit; }
    public void setQuantityUnit(String quantityUnit) { this.quantityUnit = quantityUnit; }
    public String getValueAmount() { return valueAmount; }
    public void setValueAmount(String valueAmount) { this.valueAmount = valueAmount; }
    public String getValueCurrency() { return valueCurrency; }
    public void setValueCurrency(String valueCurrency) { this.valueCurrency = valueCurrency; }
    public String getConcealment() { return concealment; }
    public void setConcealment(String concealment) { this.concealment = concealment; }
    public String getDetectionMethod() { return detectionMethod; }
    public void setDetectionMethod(String detectionMethod) { this.detectionMethod = detectionMethod; }
    public String getDeparture() { return departure; }
    public void setDeparture(String departure) { this.departure = departure; }
    public List<String> getTransit() { return transit; }
    public void setTransit(List<String> transit) { this.transit = transit; }
    public String getDestination() { return destination; }
    public void setDestination(String destination) { this.destination = destination; }
    public String getVesselName() { return vesselName; }
    public void setVesselName(String vesselName) { this.vesselName = vesselName; }
    public String getImo() { return imo; }
    public void setImo(String imo) { this.imo = imo; }
    public List<String> getContainers() { return containers; }
    public void setContainers(List<String> containers) { this.containers = containers; }
    public List<PersonRow> getPersons() { return persons; }
    public void setPersons(List<PersonRow> persons) { this.persons = persons; }
    public List<CompanyRow> getCompanies() { return companies; }
    public void setCompanies(List<CompanyRow> companies) { this.companies = companies; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public @Nullable Integer getVersion() { return version; }
    public void setVersion(@Nullable Integer version) { this.version = version; }
}
