package org.caunoi.hub.exchange;

import java.util.Map;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** No AS4 endpoint is configured for the partner, so no message can reach it. */
public class UnknownEndpointException extends RuntimeException implements Problem {

    private final String partnerCode;

    public UnknownEndpointException(String partnerCode) {
        super("No hub endpoint is configured for partner " + partnerCode + ".");
        this.partnerCode = partnerCode;
    }

    public String partnerCode() {
        return partnerCode;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String detailKey() {
        return "exchange.connection.error.no-endpoint";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("partner", partnerCode);
    }
}
