package org.caunoi.hub.platform.accounts;

import java.util.List;

import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** What is wrong with a change to an account, field by field, in the bundles' words. */
public class AccountProblem extends RuntimeException implements Problem {

    private final HttpStatus status;
    private final List<FieldProblem> errors;

    AccountProblem(HttpStatus status, List<FieldProblem> errors) {
        super("invalid account change: " + errors.stream().map(FieldProblem::field).toList());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static AccountProblem of(String field, String messageKey, Object... arguments) {
        return new AccountProblem(HttpStatus.BAD_REQUEST, List.of(FieldProblem.of(field, messageKey, arguments)));
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String detailKey() {
        return "platform.officers.invalid";
    }

    @Override
    public List<FieldProblem> errors() {
        return errors;
    }
}
