package org.caunoi.hub.exchange.internal.versions;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * A partner's {@code GET /schemas} list that could not be read: nothing was recorded, the versions
 * recorded before stand. The sentence names the partner, the address asked and what went wrong.
 */
public final class VersionListUnreadable extends RuntimeException implements Problem {

    private final String key;
    private final Object[] arguments;

    VersionListUnreadable(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The same problem with the partner's name as the sentence's first argument, the address asked after it. */
    VersionListUnreadable naming(Object partner) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = partner;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new VersionListUnreadable(key, all);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_GATEWAY;
    }

    @Override
    public String detailKey() {
        return key;
    }

    @Override
    public Object[] detailArguments() {
        return arguments.clone();
    }
}
