package org.caunoi.hub.platform.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns {@link NotificationRequested} events from any module into notifications, after the module's transaction commits. */
@Component
class NotificationRequests {

    private final Notifications notifications;

    NotificationRequests(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(NotificationRequested request) {
        notifications.notify(request.officer(), request.messageKey(), request.args(), request.link());
    }
}
