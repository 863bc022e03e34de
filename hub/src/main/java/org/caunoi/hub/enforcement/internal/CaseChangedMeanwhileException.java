package org.caunoi.hub.enforcement.internal;

import java.util.Map;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * A correction made from a version of the case that is no longer the current one: someone corrected
 * it meanwhile. The API answers 409 with the current version; nothing is stored or sent.
 */
public class CaseChangedMeanwhileException extends RuntimeException implements Problem {

    private final String reference;
    private final int read;
    private final int current;

    CaseChangedMeanwhileException(String reference, int read, int current) {
        super("Case " + reference + " is at version " + current + ", the correction was made from version " + read);
        this.reference = reference;
        this.read = read;
        this.current = current;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String detailKey() {
        return "enforcement.problem.changed-meanwhile";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {reference, read, current};
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentVersion", current);
    }
}
