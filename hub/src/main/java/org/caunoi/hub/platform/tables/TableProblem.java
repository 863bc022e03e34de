package org.caunoi.hub.platform.tables;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** What is wrong in an imported file, where: line (1 is the header), column name, and why as a message key. */
public record TableProblem(int line, String column, String messageKey, List<Object> args) {

    public TableProblem {
        args = List.copyOf(args);
    }

    /** The problem in the officer's language. */
    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey, args.toArray(), locale);
    }
}
