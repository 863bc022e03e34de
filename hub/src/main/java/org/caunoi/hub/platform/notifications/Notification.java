package org.caunoi.hub.platform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.caunoi.hub.platform.i18n.Sentences;

/** One notification to one officer: what to say (a message key and its arguments), where it leads, and whether it was read. */
public record Notification(long id, String officer, String messageKey, List<String> args, @Nullable String link,
        Instant createdAt, @Nullable Instant readAt) {

    public Notification {
        args = List.copyOf(args);
    }

    public boolean read() {
        return readAt != null;
    }

    /** The text in the reader's language, an argument stored as a sentence (a partner's names) worded in it too. */
    public String text(Sentences sentences, Locale locale) {
        return sentences.render(messageKey, args, locale);
    }
}
