package org.caunoi.hub.platform.accounts;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** No officer has this user name. */
public class OfficerNotFoundException extends RuntimeException implements Problem {

    private final String username;

    OfficerNotFoundException(String username) {
        super("no officer " + username);
        this.username = username;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String detailKey() {
        return "platform.officers.not-found";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {username};
    }
}
