package org.caunoi.hub.exchange;

/** No AS4 endpoint is configured for the partner, so no message can reach it. */
public class UnknownEndpointException extends RuntimeException {

    private final String partnerCode;

    public UnknownEndpointException(String partnerCode) {
        super("No hub endpoint is configured for partner " + partnerCode + ".");
        this.partnerCode = partnerCode;
    }

    public String partnerCode() {
        return partnerCode;
    }
}
