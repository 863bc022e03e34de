package org.caunoi.hub.exchange;

import java.util.Arrays;
import java.util.Optional;

import org.caunoi.hub.platform.Codes;

/**
 * A handling condition the sender attaches to what it shares. It travels with the message (the
 * message property {@code caunoi:caveats}) and stays with the record on the receiving hub.
 */
public enum Caveat {
    /** Not to be passed on to a third party without the sender's consent. */
    NO_ONWARD_TRANSMISSION,
    /** Intelligence only: not to be used as evidence without the sender's agreement. */
    INTELLIGENCE_ONLY,
    /** For the receiving customs administration's own use only, not for other agencies. */
    CUSTOMS_USE_ONLY;

    public String kebab() {
        return Codes.of(this);
    }

    public static Optional<Caveat> ofKebab(String value) {
        return Arrays.stream(values()).filter(caveat -> caveat.kebab().equals(value)).findFirst();
    }
}
