package org.caunoi.hub.platform;

/**
 * The hub will not start, for a reason the operator can fix: what is wrong and what to do about it,
 * each in plain words. Spring Boot prints the two as its "APPLICATION FAILED TO START" block
 * ({@link StartRefusalAnalyzer}) instead of the stack trace the refusal would otherwise be buried in.
 */
public class StartRefusedException extends IllegalStateException {

    private final String description;
    private final String action;

    public StartRefusedException(String description, String action) {
        this(description, action, null);
    }

    public StartRefusedException(String description, String action, @org.jspecify.annotations.Nullable Throwable cause) {
        super(description + " " + action, cause);
        this.description = description;
        this.action = action;
    }

    public String description() {
        return description;
    }

    public String action() {
        return action;
    }
}
