package org.caunoi.hub.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.enforcement.internal.CaseInput;
import org.caunoi.hub.platform.reference.CountryNames;
import org.caunoi.hub.enforcement.internal.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The case form, for a new case or a correction: one person, one company and one container, as an
 * officer types them at a border post; the API takes the full case. Field errors of the case checks
 * land on the form's fields.
 */
public class CaseForm {

    /** Where the case checks' JSON paths show on this form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("quantity.value", "quantityValue"),
            Map.entry("quantity.unit", "quantityUnit"), Map.entry("containers[0]", "container"),
            Map.entry("route.departure", "departure"), Map.entry("route.destination", "destination"),
            Map.entry("persons[0].name", "personName"), Map.entry("persons[0].nationality", "personNationality"),
            Map.entry("persons[0].dateOfBirth", "personDateOfBirth"),
            Map.entry("persons[0].documents[0]", "personDocument"), Map.entry("persons[0].documentTypes", "personDocumentType"),
            Map.entry("companies[0].name", "companyName"),
            Map.entry("companies[0].taxNumber", "companyTaxNumber"), Map.entry("conveyance.vesselName", "vesselName"));

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private String date = "";
    private String place = "";
    private String placeKind = "port";
    private String category = "drugs";
    private String hsCode = "";
    private String description = "";
    private String quantityValue = "";
    private String quantityUnit = "kg";
    private String departure = "";
    private String destination = "";
    private String vesselName = "";
    private String imo = "";
    private String container = "";
    private String personName = "";
    private String personDateOfBirth = "";
    private String personNationality = "";
    private String personDocument = "";
    private String personDocumentType = "";
    private String companyName = "";
    private String companyTaxNumber = "";
    private String narrative = "";
    /** The version a correction form was filled from, sent back so a correction made meanwhile is not overwritten. */
    private @Nullable Integer version;

    /**
     * The case the form describes; a date or number that does not parse is a field error (and left out of
     * the case, so the checks can still look at every other field), nothing else is checked here.
     */
    CaseInput toInput(Errors errors) {
        LocalDate seized = FormFields.date("date", date, errors);
        BigDecimal quantity = number("quantityValue", quantityValue, errors);
        LocalDate born = FormFields.date("personDateOfBirth", personDateOfBirth, errors);
        List<CaseInput.Person> persons = personName.isBlank() ? List.of() : List.of(new CaseInput.Person(personName, null,
                born, blank(personNationality), personDocument.isBlank() ? List.of() : List.of(personDocument),
                personDocument.isBlank() || personDocumentType.isBlank() ? null
                        : Map.of(personDocument.strip(), personDocumentType)));
        List<CaseInput.Company> companies = companyName.isBlank() ? List.of()
                : List.of(new CaseInput.Company(companyName, null, blank(companyTaxNumber)));
        boolean conveyance = !(vesselName.isBlank() && imo.isBlank() && container.isBlank());
        boolean route = !(departure.isBlank() && destination.isBlank());
        return new CaseInput(seized, blank(place), blank(placeKind), null, null, blank(category), blank(hsCode), blank(description),
                quantity == null ? null : new CaseInput.Quantity(quantity, blank(quantityUnit), null), null, null, null,
                route ? new CaseInput.Route(blank(departure), List.of(), blank(destination), null, List.of(), null) : null,
                conveyance ? new CaseInput.Conveyance(blank(vesselName), blank(imo), null, null,
                        container.isBlank() ? List.of() : List.of(container)) : null,
                persons, companies, blank(narrative), List.of());
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
        if (content.route() != null) {
            form.departure = country(content.route().departure(), countries, language);
            form.destination = country(content.route().destination(), countries, language);
        }
        if (content.conveyance() != null) {
            form.vesselName = text(content.conveyance().vesselName());
            form.imo = text(content.conveyance().imo());
            form.container = firstOf(content.conveyance().containers());
        }
        if (content.persons() != null && !content.persons().isEmpty()) {
            CaseInput.Person person = content.persons().getFirst();
            form.personName = text(person.name());
            form.personDateOfBirth = day(person.dateOfBirth());
            form.personNationality = country(person.nationality(), countries, language);
            form.personDocument = firstOf(person.documents());
            form.personDocumentType = form.personDocument.isEmpty() ? "" : text(person.typeOf(form.personDocument));
        }
        if (content.companies() != null && !content.companies().isEmpty()) {
            form.companyName = text(content.companies().getFirst().name());
            form.companyTaxNumber = text(content.companies().getFirst().taxNumber());
        }
        form.narrative = text(content.narrative());
        return form;
    }

    /** Puts the case checks' errors on the form's fields, worded by the bundles. */
    static void reject(InvalidInputException invalid, Errors errors) {
        FormFields.reject(invalid, errors, field -> FIELDS.getOrDefault(field, field));
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

    private static String firstOf(@Nullable List<String> items) {
        return items == null || items.isEmpty() ? "" : items.getFirst();
    }

    private static @Nullable String blank(String text) {
        return text.isBlank() ? null : text.strip();
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
    public String getDeparture() { return departure; }
    public void setDeparture(String departure) { this.departure = departure; }
    public String getDestination() { return destination; }
    public void setDestination(String destination) { this.destination = destination; }
    public String getVesselName() { return vesselName; }
    public void setVesselName(String vesselName) { this.vesselName = vesselName; }
    public String getImo() { return imo; }
    public void setImo(String imo) { this.imo = imo; }
    public String getContainer() { return container; }
    public void setContainer(String container) { this.container = container; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public String getPersonDateOfBirth() { return personDateOfBirth; }
    public void setPersonDateOfBirth(String personDateOfBirth) { this.personDateOfBirth = personDateOfBirth; }
    public String getPersonNationality() { return personNationality; }
    public void setPersonNationality(String personNationality) { this.personNationality = personNationality; }
    public String getPersonDocument() { return personDocument; }
    public void setPersonDocument(String personDocument) { this.personDocument = personDocument; }
    public String getPersonDocumentType() { return personDocumentType; }
    public void setPersonDocumentType(String personDocumentType) { this.personDocumentType = personDocumentType; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getCompanyTaxNumber() { return companyTaxNumber; }
    public void setCompanyTaxNumber(String companyTaxNumber) { this.companyTaxNumber = companyTaxNumber; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public @Nullable Integer getVersion() { return version; }
    public void setVersion(@Nullable Integer version) { this.version = version; }
}
