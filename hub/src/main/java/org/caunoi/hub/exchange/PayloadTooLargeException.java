package org.caunoi.hub.exchange;

import java.util.Map;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** A payload above the configured maximum ({@code caunoi.exchange.max-payload-bytes}). */
public class PayloadTooLargeException extends RuntimeException implements Problem {

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

    @Override
    public HttpStatus status() {
        return HttpStatus.CONTENT_TOO_LARGE;
    }

    @Override
    public String detailKey() {
        return "exchange.problem.too-large";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {size, maximum};
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("size", size, "maximum", maximum);
    }
}
