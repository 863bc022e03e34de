package org.caunoi.hub.exchange.web;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** A refusal of the exchange's API that says why, in the reader's language: a status and a sentence. */
final class ExchangeApiProblem extends RuntimeException implements Problem {

    private final HttpStatus status;
    private final String detailKey;
    private final transient Object[] arguments;

    ExchangeApiProblem(HttpStatus status, String detailKey, Object... arguments) {
        super(detailKey);
        this.status = status;
        this.detailKey = detailKey;
        this.arguments = arguments;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String detailKey() {
        return detailKey;
    }

    @Override
    public Object[] detailArguments() {
        return arguments;
    }
}
