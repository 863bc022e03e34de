package org.caunoi.hub.platform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** One notification to one officer: what to say (a message key and its arguments), where it leads, and whether it was read. */
public record Notification(long id, String officer, String messageKey, List<String> args, @Nullable String link,
        Instant createdAt, @Nullable Instant readAt) {

    public Notification {
        args = List.copyOf(args);
    }

    public boolean read() {
        return readAt != null;
    }

    /** The text in the reader's language. */
    public String text(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey, args.toArray(), locale);
    }
}
