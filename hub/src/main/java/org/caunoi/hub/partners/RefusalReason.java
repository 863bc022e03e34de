package org.caunoi.hub.partners;

import org.caunoi.hub.platform.Codes;

/**
 * Why an exchange has no legal basis. {@code stage} orders the reasons by how far the check got, so
 * the officer hears the most specific one: "purpose not permitted" says more than "no agreement".
 */
public enum RefusalReason {
    UNKNOWN_PARTNER(0),
    NO_AGREEMENT(1),
    SIGNED_NOT_IN_FORCE(2),
    NOT_YET_IN_FORCE(2),
    EXPIRED(2),
    SUSPENDED(2),
    CATEGORY_NOT_COVERED(3),
    PERSONAL_DATA_NOT_ALLOWED(4),
    PURPOSE_NOT_PERMITTED(5);

    private final int stage;

    RefusalReason(int stage) {
        this.stage = stage;
    }

    public int stage() {
        return stage;
    }

    public String kebab() {
        return Codes.of(this);
    }
}
