package org.caunoi.hub.platform.problem;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/** A request body read past the largest the hub takes; answered with 413 and the limit. */
public final class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limitInMegabytes() {
        return DataSize.ofBytes(limit).toMegabytes();
    }
}
