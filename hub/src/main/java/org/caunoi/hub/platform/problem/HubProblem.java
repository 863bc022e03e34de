package org.caunoi.hub.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * A refusal that says why in the reader's language, for the cases no exception of their own is worth:
 * a status and a sentence of the module's bundle with its arguments ({@code new HubProblem(NOT_FOUND,
 * "exchange.resend.unknown", messageId)}). An argument may be a {@code MessageSourceResolvable}, worded too.
 */
public final class HubProblem extends RuntimeException implements Problem {

    private final HttpStatus status;
    private final String detailKey;
    private final transient Object[] arguments;

    public HubProblem(HttpStatus status, String detailKey, Object... arguments) {
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
