package org.caunoi.hub.platform.security;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * A request signed with an API token that asks for a new token: refused whatever the officer's role,
 * else a stolen token, however short its life, could make itself a successor of a year.
 */
final class TokenMadeByTokenException extends RuntimeException implements Problem {

    TokenMadeByTokenException() {
        super("API tokens are made by an officer signed in with the password, not by a token");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public String detailKey() {
        return "platform.tokens.made-by-token";
    }
}
