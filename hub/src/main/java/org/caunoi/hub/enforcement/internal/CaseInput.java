package org.caunoi.hub.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.caunoi.hub.platform.Coded;
import org.jspecify.annotations.Nullable;

/**
 * A case as an officer records or corrects it, and as the hub stores each version of it: field
 * names follow the WCO CEN seizure report where it has one. Everything is optional here; the
 * checks ({@link CaseChecks}) say which fields a case needs and what a field may hold.
 *
 * @param place a UN/LOCODE port, or a customs office or border gate code when {@code placeKind} says so
 * @param placeKind {@code port} (the default), {@code customs-office} or {@code border-gate}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseInput(@Nullable LocalDate date, @Nullable String place,
        @Coded(CaseCodes.PlaceKinds.class) @Nullable String placeKind,
        @Nullable String detectingUnit, @Coded(CaseCodes.Procedures.class) @Nullable String procedure,
        @Coded(CaseCodes.Categories.class) @Nullable String category,
        @Nullable String hsCode, @Nullable String description, @Nullable Quantity quantity, @Nullable Money value,
        @Nullable String concealment, @Coded(CaseCodes.DetectionMethods.class) @Nullable String detectionMethod,
        @Nullable Route route,
        @Nullable Conveyance conveyance, @Nullable List<Person> persons, @Nullable List<Company> companies,
        @Nullable String narrative, @Nullable List<String> links) {

    /** How much was seized, in the unit written; {@code kg} is filled in by the hub where the unit is a weight. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quantity(@Nullable BigDecimal value, @Coded(CaseCodes.Units.class) @Nullable String unit,
            @Nullable BigDecimal kg) {
    }

    /** The estimated value, in an ISO 4217 currency. */
    public record Money(@Nullable BigDecimal amount, @Nullable String currency) {
    }

    /** Departure, transit and destination: ISO 3166 countries and, where known, UN/LOCODE ports. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Route(@Nullable String departure, @Nullable List<String> transit, @Nullable String destination,
            @Nullable String departurePort, @Nullable List<String> transitPorts, @Nullable String destinationPort) {
    }

    /** What carried the goods: a vessel (name, IMO number), a flight, a vehicle, containers (ISO 6346). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Conveyance(@Nullable String vesselName, @Nullable String imo, @Nullable String flight,
            @Nullable String plate, @Nullable List<String> containers) {
    }

    /**
     * A person as written in the documents, with the Latin form the hub searches and shares.
     *
     * @param documentTypes the type of each document whose type is known, by its number ({@code passport},
     *        {@code national-id-card}, …: {@link CaseCodes#DOCUMENT_TYPES}); absent where a partner's hub sends none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(@Nullable String name, @Nullable String latinName, @Nullable LocalDate dateOfBirth,
            @Nullable String nationality, @Nullable List<String> documents,
            @Coded(CaseCodes.DocumentTypes.class) @Nullable Map<String, String> documentTypes) {

        /** A person whose documents' types are not known. */
        public Person(@Nullable String name, @Nullable String latinName, @Nullable LocalDate dateOfBirth,
                @Nullable String nationality, @Nullable List<String> documents) {
            this(name, latinName, dateOfBirth, nationality, documents, null);
        }

        /** The document's type, or null where none is known. */
        public @Nullable String typeOf(String document) {
            return documentTypes == null ? null : documentTypes.get(document);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Company(@Nullable String name, @Nullable String address, @Nullable String taxNumber) {
    }

    List<Person> personList() {
        return persons == null ? List.of() : persons;
    }

    List<Company> companyList() {
        return companies == null ? List.of() : companies;
    }

    List<String> linkList() {
        return links == null ? List.of() : links;
    }
}
