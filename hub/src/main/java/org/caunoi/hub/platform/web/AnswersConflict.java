package org.caunoi.hub.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code /api} operation that can answer 409 Conflict, saying when: the OpenAPI document declares the 409
 * (a problem detail, as {@link ProblemResponses} declares the others) on these operations and no others. A
 * heuristic that guessed them from the request missed most of them.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AnswersConflict {

    /** When the operation answers 409, for a client's developer. */
    String value();
}
