package org.caunoi.hub.enforcement.internal;

/** No case (own or received) with that id: 404 for the API. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String what, long id) {
        super("No " + what + " " + id);
    }
}
