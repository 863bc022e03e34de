package org.caunoi.hub.partners.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.caunoi.hub.partners.Agreement.DatePrecision;
import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.AgreementStatus;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.ExchangeProfile;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What an officer (editor form) or a machine client (JSON) gives to create or change an agreement.
 * Codes are kebab-case; the signing date is a day (2013-06-28) or a year (2013). A JavaBean, since
 * the editor binds its fields one by one. JSON takes the shape {@code GET /api/agreements/{id}} gives
 * (so what was read can be put back): {@code signed} and the nested {@code exchangeProfile}; the
 * read-only parts ({@code id}, {@code signedPrecision}, {@code document}) are ignored. The older flat
 * profile fields and {@code signedOn} are still read.
 */
public class AgreementInput {

    @NotBlank
    private String kind = "administration-arrangement";
    @NotBlank
    @Size(max = 500)
    private String titleVi = "";
    @NotBlank
    @Size(max = 500)
    private String titleEn = "";
    @Size(max = 300)
    private String counterpart = "";
    @NotBlank
    private String signed = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate entryIntoForce;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate expiresOn;
    @NotBlank
    private String status = "in-force";
    @NotEmpty
    private List<@NotBlank String> parties = new ArrayList<>();
    private List<@NotBlank String> dataCategories = new ArrayList<>();
    private boolean personalDataAllowed;
    private List<@NotBlank String> purposes = new ArrayList<>();
    private boolean onwardTransmissionNeedsConsent = true;
    @Min(1)
    @Max(365)
    private @Nullable Integer answerDeadlineDays;
    @Size(max = 2000)
    private String note = "";
    private @Nullable Integer version;

    public static AgreementInput of(Agreement agreement) {
        AgreementInput input = new AgreementInput();
        input.kind = PartnerJson.kebab(agreement.kind());
        input.titleVi = agreement.titleVi();
        input.titleEn = agreement.titleEn();
        input.counterpart = agreement.counterpart();
        input.signed = agreement.signedDisplay();
        input.entryIntoForce = agreement.entryIntoForce();
        input.expiresOn = agreement.expiresOn();
        input.status = PartnerJson.kebab(agreement.status());
        input.parties = new ArrayList<>(agreement.parties());
        input.dataCategories = agreement.profile().categories().stream().sorted().map(DataCategory::kebab).toList();
        input.personalDataAllowed = agreement.profile().personalDataAllowed();
        input.purposes = agreement.profile().purposes().stream().sorted().map(Purpose::kebab).toList();
        input.onwardTransmissionNeedsConsent = agreement.profile().onwardTransmissionNeedsConsent();
        input.answerDeadlineDays = agreement.profile().answerDeadlineDays();
        input.note = agreement.note();
        input.version = agreement.version();
        return input;
    }

    /**
     * Checks what annotations cannot: codes, the date, the order of dates. Field errors carry bundle keys. Runs
     * beside the annotations' checks, so a value they refused (missing, null in a list) is passed over here.
     */
    public void checkCodes(Errors errors) {
        code(errors, "kind", () -> Codes.parse(AgreementKind.class, kind));
        code(errors, "status", () -> Codes.parse(AgreementStatus.class, status));
        code(errors, "dataCategories", () -> dataCategories.stream().filter(Objects::nonNull).forEach(DataCategory::parse));
        code(errors, "purposes", () -> purposes.stream().filter(Objects::nonNull).forEach(Purpose::parse));
        if (signed != null && !signed.isBlank() && !isDayOrYear(signed)) {
            errors.rejectValue("signed", "partners.validation.signed-on", "give a day such as 2013-06-28 or a year such as 2013");
        }
        if (expiresOn != null && signed != null && isDayOrYear(signed) && expiresOn.isBefore(signedFrom(signed))) {
            errors.rejectValue("expiresOn", "partners.validation.expires-after-signing",
                    "the expiry date cannot come before the signature");
        }
        if (entryIntoForce != null && expiresOn != null && !expiresOn.isAfter(entryIntoForce)) {
            errors.rejectValue("expiresOn", "partners.validation.expires-after-entry", "the expiry date must come after the date of entry into force");
        }
        if (dataCategories.contains(DataCategory.ENFORCEMENT_NOMINAL.kebab()) && !personalDataAllowed) {
            errors.rejectValue("personalDataAllowed", "partners.validation.nominal-needs-personal-data", "exchanging nominal data requires allowing personal data");
        }
    }

    /** The first day the signature may be on: the day, or the first of a year given alone. */
    private static LocalDate signedFrom(String signed) {
        return signed.length() == 4 ? LocalDate.of(Integer.parseInt(signed), 1, 1) : LocalDate.parse(signed);
    }

    private static boolean isDayOrYear(String text) {
        if (text.matches("\\d{4}")) {
            return true;
        }
        try {
            return text.matches("\\d{4}-\\d{2}-\\d{2}") && LocalDate.parse(text) != null;
        }
        catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Names each party the registry does not know as an error on {@code parties}, so it comes with the other
     * field errors rather than after them.
     */
    public void checkParties(Errors errors, Predicate<String> isPartner) {
        parties.stream().filter(code -> code != null && !code.isBlank()).map(String::strip).distinct()
                .filter(isPartner.negate())
                .forEach(code -> errors.rejectValue("parties", "partners.validation.unknown-partner", new Object[] {code}, null));
    }

    private static void code(Errors errors, String field, Runnable parse) {
        if (errors.hasFieldErrors(field)) {
            return; // already refused as missing: one message per field
        }
        try {
            parse.run();
        }
        catch (UnknownValueException e) {
            errors.rejectValue(field, "partners.validation.unknown-code", new Object[] {e.value(), String.join(", ", e.validValues())},
                    e.getMessage());
        }
    }

    /** The agreement this input describes; call after {@link #checkCodes} found nothing. */
    public Agreement toAgreement(long id, int expectedVersion) {
        boolean yearOnly = signed.length() == 4;
        LocalDate signedOn = yearOnly ? LocalDate.of(Integer.parseInt(signed), 1, 1) : LocalDate.parse(signed);
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        dataCategories.forEach(code -> categories.add(DataCategory.parse(code)));
        Set<Purpose> permitted = EnumSet.noneOf(Purpose.class);
        purposes.forEach(code -> permitted.add(Purpose.parse(code)));
        return new Agreement(id, Codes.parse(AgreementKind.class, kind), titleVi.strip(), titleEn.strip(), counterpart.strip(),
                signedOn, yearOnly ? DatePrecision.YEAR : DatePrecision.DAY, entryIntoForce, expiresOn,
                Codes.parse(AgreementStatus.class, status), parties.stream().map(String::strip).distinct().toList(),
                new ExchangeProfile(categories, personalDataAllowed, permitted, onwardTransmissionNeedsConsent,
                        answerDeadlineDays),
                note.strip(), expectedVersion, null);
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitleVi() { return titleVi; }
    public void setTitleVi(String titleVi) { this.titleVi = titleVi; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getCounterpart() { return counterpart; }
    public void setCounterpart(String counterpart) { this.counterpart = counterpart == null ? "" : counterpart; }
    public String getSigned() { return signed; }
    @JsonAlias("signedOn")
    public void setSigned(String signed) { this.signed = signed; }
    public @Nullable LocalDate getEntryIntoForce() { return entryIntoForce; }
    public void setEntryIntoForce(@Nullable LocalDate entryIntoForce) { this.entryIntoForce = entryIntoForce; }
    public @Nullable LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(@Nullable LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public List<String> getParties() { return parties; }
    public void setParties(List<String> parties) { this.parties = parties == null ? new ArrayList<>() : parties; }
    public List<String> getDataCategories() { return dataCategories; }
    public void setDataCategories(List<String> dataCategories) { this.dataCategories = dataCategories == null ? new ArrayList<>() : dataCategories; }
    public boolean isPersonalDataAllowed() { return personalDataAllowed; }
    public void setPersonalDataAllowed(boolean personalDataAllowed) { this.personalDataAllowed = personalDataAllowed; }
    public List<String> getPurposes() { return purposes; }
    public void setPurposes(List<String> purposes) { this.purposes = purposes == null ? new ArrayList<>() : purposes; }
    public boolean isOnwardTransmissionNeedsConsent() { return onwardTransmissionNeedsConsent; }
    public void setOnwardTransmissionNeedsConsent(boolean value) { this.onwardTransmissionNeedsConsent = value; }
    public @Nullable Integer getAnswerDeadlineDays() { return answerDeadlineDays; }
    public void setAnswerDeadlineDays(@Nullable Integer answerDeadlineDays) { this.answerDeadlineDays = answerDeadlineDays; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null ? "" : note; }
    public @Nullable Integer getVersion() { return version; }
    public void setVersion(@Nullable Integer version) { this.version = version; }
    public @Nullable Integer version() { return version; }

    /** The nested profile as {@code GET} gives it; a value left out keeps its default. */
    public void setExchangeProfile(ProfileInput profile) {
        if (profile.dataCategories() != null) {
            setDataCategories(profile.dataCategories());
        }
        if (profile.personalDataAllowed() != null) {
            personalDataAllowed = profile.personalDataAllowed();
        }
        if (profile.purposes() != null) {
            setPurposes(profile.purposes());
        }
        if (profile.onwardTransmissionNeedsConsent() != null) {
            onwardTransmissionNeedsConsent = profile.onwardTransmissionNeedsConsent();
        }
        answerDeadlineDays = profile.answerDeadlineDays();
    }

    /** The exchange profile of an agreement in JSON, as {@code PartnerJson.ProfileView} writes it. */
    public record ProfileInput(@Nullable List<String> dataCategories, @Nullable Boolean personalDataAllowed,
            @Nullable List<String> purposes, @Nullable Boolean onwardTransmissionNeedsConsent,
            @Nullable Integer answerDeadlineDays) {
    }
}
