package org.caunoi.hub.enforcement.internal;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** No case (own or received) or operation with that id: 404 for the API, the error page for screens. */
public class CaseNotFoundException extends RuntimeException implements Problem {

    private final String what;
    private final long id;

    public CaseNotFoundException(String what, long id) {
        super("No " + what + " " + id);
        this.what = what;
        this.id = id;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String detailKey() {
        return "enforcement.not-found." + what.replace(' ', '-');
    }

    @Override
    public Object[] detailArguments() {
        // as text: a number argument would print 99999 as "99,999"
        return new Object[] {Long.toString(id)};
    }
}
