package org.caunoi.hub.partners;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A partner administration or body, with its focal points; {@code code} is its ISO code or acronym. */
public record Partner(String code, PartnerKind kind, @Nullable String isoCountry, String nameVi, String nameEn,
        Region region, String note, List<FocalPoint> focalPoints) {

    public Partner {
        focalPoints = List.copyOf(focalPoints);
    }

    /** The name in the officer's language (Vietnamese unless English was chosen). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /** A contact person for one domain of cooperation. */
    public record FocalPoint(long id, FocalPointDomain domain, String name, String position, String email, String phone) {
    }

    /** The domains focal points are named for. */
    public enum FocalPointDomain {
        GENERAL, DRUGS, CITES, TOBACCO, IPR, ORIGIN
    }
}
