package org.caunoi.hub.partners.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.PartnerKind;
import org.caunoi.hub.partners.Region;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.springframework.validation.Errors;

/** The partner editor's fields; a JavaBean because the form binds them one by one. */
public class PartnerForm {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private String code = "";
    private String kind = "customs-administration";
    private String isoCountry = "";
    @NotBlank
    @Size(max = 300)
    private String nameVi = "";
    @NotBlank
    @Size(max = 300)
    private String nameEn = "";
    private String region = "southeast-asia";
    @Size(max = 2000)
    private String note = "";

    static PartnerForm of(Partner partner) {
        PartnerForm form = new PartnerForm();
        form.code = partner.code();
        form.kind = PartnerJson.kebab(partner.kind());
        form.isoCountry = partner.isoCountry() == null ? "" : partner.isoCountry();
        form.nameVi = partner.nameVi();
        form.nameEn = partner.nameEn();
        form.region = PartnerJson.kebab(partner.region());
        form.note = partner.note();
        return form;
    }

    /** Checks the code, the ISO country and the two lists; field errors carry bundle keys. */
    void check(Errors errors) {
        if (!PartnerForms.isPartnerCode(code.strip().toUpperCase(Locale.ROOT))) {
            errors.rejectValue("code", "partners.validation.partner-code", "2 to 12 capital letters or digits, such as HK or WCO");
        }
        String iso = isoCountry.strip().toUpperCase(Locale.ROOT);
        if (!iso.isEmpty() && !ISO_COUNTRIES.contains(iso)) {
            errors.rejectValue("isoCountry", "partners.validation.iso-country", new Object[] {iso}, "not an ISO 3166 code");
        }
        try {
            Codes.parse(PartnerKind.class, kind);
            Codes.parse(Region.class, region);
        }
        catch (UnknownValueException e) {
            errors.rejectValue("kind", "partners.validation.unknown-code", new Object[] {e.value(), String.join(", ", e.validValues())}, e.getMessage());
        }
    }

    Partner toPartner() {
        String iso = isoCountry.strip().toUpperCase(Locale.ROOT);
        return new Partner(code.strip().toUpperCase(Locale.ROOT), Codes.parse(PartnerKind.class, kind),
                iso.isEmpty() ? null : iso, nameVi.strip(), nameEn.strip(), Codes.parse(Region.class, region),
                note.strip(), List.of());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getIsoCountry() { return isoCountry; }
    public void setIsoCountry(String isoCountry) { this.isoCountry = isoCountry == null ? "" : isoCountry; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null ? "" : note; }
}
