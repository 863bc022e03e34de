package org.caunoi.hub.platform.notifications;

import org.caunoi.hub.platform.events.ModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns {@link NotificationRequested} events from any module into notifications, after the module's
 * transaction commits. A request handled a second time (the registry resubmits a publication whose
 * completion it did not record) notifies nobody again.
 */
@Component
class NotificationRequests {

    private final Notifications notifications;

    NotificationRequests(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModuleListener
    void on(NotificationRequested request) {
        notifications.notifyOnce(request.id(), request.officer(), request.messageKey(), request.args(), request.link());
    }
}
