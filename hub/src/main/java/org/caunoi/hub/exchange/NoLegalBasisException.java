package org.caunoi.hub.exchange;

import org.caunoi.hub.partners.RefusalReason;
import org.jspecify.annotations.Nullable;

/** A send refused because no agreement allows it; nothing was queued. */
public class NoLegalBasisException extends RuntimeException {

    private final String partnerCode;
    private final @Nullable RefusalReason reason;

    public NoLegalBasisException(String partnerCode, @Nullable RefusalReason reason, String what) {
        super("No legal basis to send " + what + " to " + partnerCode
                + (reason == null ? "" : ": " + reason.kebab()));
        this.partnerCode = partnerCode;
        this.reason = reason;
    }

    public String partnerCode() {
        return partnerCode;
    }

    public @Nullable RefusalReason reason() {
        return reason;
    }
}
