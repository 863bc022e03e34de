package org.caunoi.hub.enforcement.internal;

import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How the audit trail names what became of each recipient of a shared case or an operation alert: the
 * partner by its name in the reader's language (as the exchange's own entries name it), and the form it
 * got or why nothing went to it.
 */
@Component
class RecipientsInSentences {

    private final Partners partners;

    RecipientsInSentences(Partners partners) {
        this.partners = partners;
    }

    /**
     * One recipient as a stored sentence: the form sent when there is one, else the reason nothing went
     * (the legal basis's reason when it gave one, else the refusal).
     */
    String recipient(String partner, @Nullable String form, @Nullable String refusal, @Nullable String reason) {
        String refused = reason != null ? reason : String.valueOf(refusal);
        Sentences.Name what = form != null ? new Sentences.Name("enforcement.form." + form, form)
                : new Sentences.Name("enforcement.refusal." + refused, refused);
        return Sentences.of("enforcement.audit-details.recipient", partners.inSentence(partner), what);
    }
}
