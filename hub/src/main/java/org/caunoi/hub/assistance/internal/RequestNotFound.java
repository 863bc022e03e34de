package org.caunoi.hub.assistance.internal;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** No request with that id, or none the officer may see: the same answer, so ids reveal nothing. */
public class RequestNotFound extends RuntimeException implements Problem {

    private final long id;

    public RequestNotFound(long id) {
        super("No assistance request " + id);
        this.id = id;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String detailKey() {
        return "assistance.problem.not-found";
    }

    @Override
    public Object[] detailArguments() {
        // as text: a number argument would print 99999 as "99,999"
        return new Object[] {Long.toString(id)};
    }
}
