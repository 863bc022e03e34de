package org.caunoi.hub.platform.notifications;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A module's wish that an officer be told something. Publishing this event instead of calling
 * {@link Notifications} keeps the notice out of the module's transaction: it is delivered once that
 * commits, and the event publication registry keeps it until it is. The id, stored with the
 * notification, makes a request handled twice notify once.
 */
public record NotificationRequested(UUID id, String officer, String messageKey, List<String> args, @Nullable String link) {

    public NotificationRequested {
        // A request stored by a release before the id has none.
        id = Objects.requireNonNullElseGet(id, UUID::randomUUID);
        args = List.copyOf(args);
    }

    public NotificationRequested(String officer, String messageKey, List<String> args, @Nullable String link) {
        this(UUID.randomUUID(), officer, messageKey, args, link);
    }
}
