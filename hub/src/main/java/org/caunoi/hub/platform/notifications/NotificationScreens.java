package org.caunoi.hub.platform.notifications;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The bell's panel: the officer's newest notifications, loaded by htmx under the bell, and marking one read. */
@Controller
class NotificationScreens {

    private final Notifications notifications;

    NotificationScreens(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications/panel")
    String panel() {
        return "platform/notifications :: panel";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id, Authentication officer) {
        notifications.markRead(officer.getName(), id);
        return "platform/notifications :: panel";
    }
}
