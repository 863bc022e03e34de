package org.caunoi.hub.platform.problem;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One field at fault and why, as a message the bundles word in the caller's language.
 *
 * @param field the field as the client named it: a parameter, a JSON path such as {@code parties[0]}
 */
public record FieldProblem(String field, MessageSourceResolvable message) {

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments));
    }
}
