package org.caunoi.hub.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password that an officer or the operator chooses must not be. One policy for the
 * administrator's password given at start and for an officer's own.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    /** Why a password is refused: the bundles' sentence that says what to fix, and its arguments. */
    public enum Weakness {
        LENGTH("platform.password.length", MINIMUM_LENGTH, MAXIMUM_LENGTH),
        CONTAINS_USERNAME("platform.password.contains-username");

        private final String messageKey;
        private final Object[] arguments;

        Weakness(String messageKey, Object... arguments) {
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private PasswordPolicy() {
    }

    /** The first rule {@code password} breaks for the officer {@code username}; empty when it breaks none. */
    public static Optional<Weakness> check(String username, String password) {
        if (password.length() < MINIMUM_LENGTH || password.length() > MAXIMUM_LENGTH) {
            return Optional.of(Weakness.LENGTH);
        }
        if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Weakness.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }
}
