package org.caunoi.hub.enforcement.web;

import java.util.List;
import java.util.Objects;

import org.caunoi.hub.enforcement.internal.CaseForms;
import org.caunoi.hub.enforcement.internal.CaseSharing;
import org.caunoi.hub.enforcement.internal.ShareForms;
import org.caunoi.hub.partners.Purpose;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which form of a case each partner would get, and why, worded in the caller's language: what the API's
 * {@code share-preview} answers and what the case page shows before the officer shares.
 */
@Component
class SharePreviews {

    private final CaseSharing sharing;
    private final MessageSource messages;

    SharePreviews(CaseSharing sharing, MessageSource messages) {
        this.sharing = sharing;
        this.messages = messages;
    }

    /**
     * One partner's form ({@code nominal}, {@code non-nominal}, or null when nothing may be sent) and why, with the
     * agreements behind it titled in the caller's language.
     */
    record PreviewItem(String partner, @Nullable String form, @Nullable String nominalRefusal, @Nullable String refusal,
            List<String> agreements, String why) {
    }

    /**
     * @param readsInFull whether the officer reads the case in nominal form; if not, a partner that would get it is
     *        shown refused ({@code not-read-in-full}), as the share itself refuses it
     */
    List<PreviewItem> of(List<String> partners, Purpose purpose, boolean readsInFull) {
        return sharing.preview(partners, purpose).stream().map(decision -> item(decision, readsInFull)).toList();
    }

    private PreviewItem item(ShareForms.FormDecision decision, boolean readsInFull) {
        List<String> titles = decision.agreements().stream()
                .map(agreement -> agreement.title(LocaleContextHolder.getLocale())).toList();
        String agreements = String.join("; ", titles);
        String why;
        if (CaseForms.NOMINAL.equals(decision.form()) && !readsInFull) {
            return new PreviewItem(decision.partner(), null, null, "not-read-in-full", titles,
                    text("enforcement.share.why.not-read-in-full"));
        }
        if (CaseForms.NOMINAL.equals(decision.form())) {
            why = text("enforcement.share.why.nominal", agreements);
        }
        else if (decision.form() != null) {
            why = text("enforcement.share.why.non-nominal",
                    text("enforcement.refusal." + Objects.requireNonNull(decision.nominalRefusal(),
                            "a non-nominal form says why not the nominal one").kebab()), agreements);
        }
        else {
            why = text("enforcement.share.why.refused",
                    text("enforcement.refusal." + Objects.requireNonNull(decision.refusal(), "a refusal has its reason").kebab()));
        }
        return new PreviewItem(decision.partner(), decision.form(),
                decision.nominalRefusal() == null ? null : decision.nominalRefusal().kebab(),
                decision.refusal() == null ? null : decision.refusal().kebab(), titles, why);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
