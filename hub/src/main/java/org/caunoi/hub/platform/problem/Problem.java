package org.caunoi.hub.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on, as a module's exception describes it: the HTTP status, the
 * bundle key of the sentence that explains it, and what else a client needs (the field at fault).
 * {@link ApiProblems} turns it into RFC 9457 problem details, {@link ScreenProblems} into the error page.
 */
public interface Problem {

    /** The request attribute holding the problem a request was answered with (a refusal for a business reason, not a role). */
    String ANSWERED = Problem.class.getName() + ".answered";

    HttpStatus status();

    /** The bundle key of the explanation; its arguments are {@link #detailArguments()}. */
    String detailKey();

    default Object[] detailArguments() {
        return new Object[0];
    }

    /** A URI naming the kind of problem for clients that act on it, or null for {@code about:blank}. */
    default @Nullable URI problemType() {
        return null;
    }

    /** Extra members of the problem details (e.g. {@code partner}, {@code validValues}). */
    default Map<String, Object> properties() {
        return Map.of();
    }

    /** The fields at fault, when there are any. */
    default List<FieldProblem> errors() {
        return List.of();
    }
}
