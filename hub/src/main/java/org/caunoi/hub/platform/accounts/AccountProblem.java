package org.caunoi.hub.platform.accounts;

import java.util.List;

import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/** What is wrong with a change to an account, field by field, in the bundles' words. */
public class AccountProblem extends RuntimeException implements Problem {

    private static final String PASSWORD_NOT_CHANGED = "platform.password.not-changed";

    private final HttpStatus status;
    private final List<FieldProblem> errors;
    private final String detailKey;

    AccountProblem(HttpStatus status, List<FieldProblem> errors) {
        this(status, errors, "platform.officers.invalid");
    }

    private AccountProblem(HttpStatus status, List<FieldProblem> errors, String detailKey) {
        super("invalid account change: " + errors.stream().map(FieldProblem::field).toList());
        this.status = status;
        this.errors = List.copyOf(errors);
        this.detailKey = detailKey;
    }

    /** The same faults, told as a password that was not changed rather than an account that was not saved. */
    AccountProblem asPasswordNotChanged() {
        return new AccountProblem(status, errors, PASSWORD_NOT_CHANGED);
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
        return detailKey;
    }

    @Override
    public Object[] detailArguments() {
        // a refused password says why in its first fault; all of them are listed in errors
        if (detailKey.equals(PASSWORD_NOT_CHANGED) && !errors.isEmpty()) {
            return new Object[] {errors.getFirst().message()};
        }
        return new Object[0];
    }

    @Override
    public List<FieldProblem> errors() {
        return errors;
    }
}
