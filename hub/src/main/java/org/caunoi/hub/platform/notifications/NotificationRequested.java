package org.caunoi.hub.platform.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A module's wish that an officer be told something. Publishing this event instead of calling
 * {@link Notifications} keeps the notice out of the module's transaction: it is delivered once that
 * commits, and the event publication registry keeps it until it is.
 */
public record NotificationRequested(String officer, String messageKey, List<String> args, @Nullable String link) {

    public NotificationRequested {
        args = List.copyOf(args);
    }
}
