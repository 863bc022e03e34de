package org.caunoi.hub.exchange;

import org.caunoi.hub.partners.RefusalReason;
import org.jspecify.annotations.Nullable;

/**
 * What became of one recipient of an {@link OutgoingMessage}: queued under its MessageId, or not
 * queued, with the reason (nothing was queued for that recipient; the others are not affected).
 *
 * @param refusal {@code null} when queued
 * @param legalBasisReason the legal-basis check's reason when {@code refusal} is {@link Refusal#NO_LEGAL_BASIS}
 */
public record Dispatch(String partnerCode, @Nullable String messageId, @Nullable Refusal refusal,
        @Nullable RefusalReason legalBasisReason) {

    /** Why a recipient got nothing. */
    public enum Refusal {
        /** No agreement with the partner allows the category and purpose (see {@code legalBasisReason}). */
        NO_LEGAL_BASIS,
        /** The partner's hub endpoint is not configured. */
        NO_ENDPOINT,
        /** The content came from another partner, whose consent to pass it on to this one is not recorded. */
        NO_ONWARD_CONSENT
    }

    public static Dispatch queued(String partnerCode, String messageId) {
        return new Dispatch(partnerCode, messageId, null, null);
    }

    public static Dispatch refused(String partnerCode, Refusal refusal, @Nullable RefusalReason legalBasisReason) {
        return new Dispatch(partnerCode, null, refusal, legalBasisReason);
    }

    public boolean queued() {
        return messageId != null;
    }
}
