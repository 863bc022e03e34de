package org.caunoi.hub.platform.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * What the header's bell shows for the signed-in officer: the unread count and the newest
 * notifications. Templates reach it as {@code @notificationBell}.
 */
@Component("notificationBell")
public class NotificationBell {

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    public int unreadCount() {
        String officer = officer();
        try {
            return officer == null ? 0 : notifications.unreadCount(officer);
        }
        catch (DataAccessException | TransactionException unavailable) {
            // Every page's header has the bell, the error page too: it says the database does not answer, without a count.
            return 0;
        }
    }

    public List<Notification> recent() {
        String officer = officer();
        return officer == null ? List.of() : notifications.recent(officer, 10);
    }

    private static @Nullable String officer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication.getName();
    }
}
