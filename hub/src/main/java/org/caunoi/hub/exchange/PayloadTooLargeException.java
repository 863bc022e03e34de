package org.caunoi.hub.exchange;

/** A payload above the configured maximum ({@code caunoi.exchange.max-payload-bytes}). */
public class PayloadTooLargeException extends RuntimeException {

    private final int size;
    private final int maximum;

    public PayloadTooLargeException(int size, int maximum) {
        super("The payload has " + size + " bytes; at most " + maximum + " may be sent in one message.");
        this.size = size;
        this.maximum = maximum;
    }

    public int size() {
        return size;
    }

    public int maximum() {
        return maximum;
    }
}
