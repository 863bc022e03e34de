package org.caunoi.hub.assistance.internal;

import java.util.List;
import java.util.Map;

import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.Partners;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The partners as the module's screens and sentences name them: in the officer's language (the code
 * where the hub knows no such partner), and whether the hub can send to them at all.
 */
@Component("assistancePartners")
public class PartnerNames {

    /** Worded {@code {0}} in Vietnamese and {@code {1}} in English: the partner's name in the reader's language. */
    private static final String NAME = "assistance.partner-name";

    private final Partners partners;
    private final ExchangeService exchange;

    PartnerNames(Partners partners, ExchangeService exchange) {
        this.partners = partners;
        this.exchange = exchange;
    }

    /** Every partner's name in the current request's language, by code: one read for a whole page. */
    public Map<String, String> names() {
        return partners.names(LocaleContextHolder.getLocale());
    }

    /** Whether the partner's hub connection is set up: without one, nothing goes to it through the hub. */
    public boolean connected(String code) {
        return exchange.reaches(code);
    }

    /** Every partner, for a choice on a form, by name in the current request's language. */
    public List<Partner> all() {
        return partners.byName(LocaleContextHolder.getLocale());
    }

    /** The partner as an argument of a stored sentence, named when it is read. */
    String inSentence(String code) {
        return partners.inSentence(code);
    }

    /** The partner as an argument of a message, named in the reader's language. */
    MessageSourceResolvable inMessage(String code) {
        Object[] names = partners.partner(code).map(partner -> new Object[] {partner.nameVi(), partner.nameEn()})
                .orElse(new Object[] {code, code});
        return new DefaultMessageSourceResolvable(new String[] {NAME}, names, code);
    }
}
