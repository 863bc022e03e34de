package org.caunoi.hub.partners.web;

import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.reference.CountryNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A partner named on any module's page in the page's language, where only its code is stored
 * (an alert's sender, a recipient of a shared case): templates write {@code ${@partnerLabels.of(code)}}.
 * The code is shown where the hub knows no such partner.
 */
@Component("partnerLabels")
class PartnerLabels {

    private final Partners partners;
    private final CountryNames countries;

    PartnerLabels(Partners partners, CountryNames countries) {
        this.partners = partners;
        this.countries = countries;
    }

    public String of(String code) {
        return partners.name(code, LocaleContextHolder.getLocale());
    }

    /**
     * A country by its name where the code is a country's, otherwise the partner's name (WCO,
     * INTERPOL): an operation's participants and organisers, which are countries or bodies.
     */
    public String countryOrPartner(String code) {
        String country = countries.of(code);
        return country.equals(code) ? of(code) : country;
    }
}
