package org.caunoi.hub.enforcement.internal;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * A send in nominal form refused because the officer reads the case in the non-nominal form only: no
 * officer sends personal data they may not read themselves ({@link Officer#seesNominal}). Nothing is sent.
 */
public final class NotReadInFullException extends AccessDeniedException implements Problem {

    private final String reference;
    private final String partners;

    NotReadInFullException(String reference, String partners) {
        super("the officer reads " + reference + " in the non-nominal form only");
        this.reference = reference;
        this.partners = partners;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public String detailKey() {
        return "enforcement.share.not-read-in-full";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {reference, partners};
    }
}
