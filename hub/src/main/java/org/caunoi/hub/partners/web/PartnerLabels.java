package org.caunoi.hub.partners.web;

import org.caunoi.hub.partners.Partners;
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

    PartnerLabels(Partners partners) {
        this.partners = partners;
    }

    public String of(String code) {
        return partners.name(code, LocaleContextHolder.getLocale());
    }
}
