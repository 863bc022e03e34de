package org.caunoi.hub.partners.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caunoi.hub.partners.AgreementKind;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.PartnerKind;
import org.caunoi.hub.partners.Region;
import org.caunoi.hub.partners.internal.PartnerCatalog;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Inputs and parsing shared by the partners screens and API. */
final class PartnerForms {

    private static final java.util.Set<String> ISO_COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    private PartnerForms() {
    }

    /** A partner as a client sends it (the code comes from the path). */
    record PartnerInput(@NotBlank String kind, @Nullable @Pattern(regexp = "[A-Z]{2}") String isoCountry,
            @NotBlank @Size(max = 300) String nameVi, @NotBlank @Size(max = 300) String nameEn,
            @NotBlank String region, @Nullable @Size(max = 2000) String note) {

        /**
         * Adds to the annotations' errors those of the codes, each field at fault once, so one answer names them
         * all; a field already refused (missing, not two capitals) is not checked again.
         */
        void check(BindingResult errors) {
            if (isoCountry != null && !errors.hasFieldErrors("isoCountry") && !ISO_COUNTRIES.contains(isoCountry)) {
                errors.addError(new FieldError(errors.getObjectName(), "isoCountry", isoCountry, false,
                        new String[] {"partners.validation.iso-country"}, new Object[] {isoCountry}, null));
            }
            code(errors, "kind", () -> Codes.parse(PartnerKind.class, "kind", kind));
            code(errors, "region", () -> Codes.parse(Region.class, "region", region));
        }

        private static void code(BindingResult errors, String field, Runnable parse) {
            if (errors.hasFieldErrors(field)) {
                return;
            }
            try {
                parse.run();
            }
            catch (UnknownValueException e) {
                errors.addError(new FieldError(errors.getObjectName(), field, e.value(), false,
                        new String[] {"partners.validation.unknown-code"},
                        new Object[] {e.value(), String.join(", ", e.validValues())}, null));
            }
        }

        /** The partner this input describes; call after {@link #check} found nothing. */
        Partner toPartner(String code) {
            return new Partner(code, Codes.parse(PartnerKind.class, "kind", kind), isoCountry, nameVi.strip(),
                    nameEn.strip(), Codes.parse(Region.class, "region", region), note == null ? "" : note.strip(), List.of());
        }
    }

    /** A partner's code as the registry keeps it: 2 to 12 capital letters or digits, a letter first. */
    static boolean isPartnerCode(String code) {
        return code.matches("[A-Z][A-Z0-9]{1,11}");
    }

    /**
     * A partner's code as a client may type it to look a partner up ({@code hk}): the registry's codes are capitals
     * by rule ({@link #isPartnerCode}), so upper-casing finds the one meant. Creating a partner takes the code as given.
     */
    static String lookedUp(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    static @Nullable Region region(@Nullable String text) {
        return text == null || text.isBlank() ? null : Codes.parse(Region.class, "region", text);
    }

    /** The agreement kind's constant name for the repository filter, or null for all kinds. */
    static @Nullable String agreementKind(@Nullable String text) {
        return text == null || text.isBlank() ? null : Codes.parse(AgreementKind.class, "kind", text).name();
    }

    static PartnerCatalog.NotFoundException notFound(String type, String id) {
        return PartnerCatalog.notFound(type, id);
    }
}
