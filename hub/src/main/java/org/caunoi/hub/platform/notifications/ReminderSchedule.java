package org.caunoi.hub.platform.notifications;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for due reminders every {@code caunoi.notifications.reminder-check} (30 s by default). */
@Component
class ReminderSchedule {

    private final Reminders reminders;

    ReminderSchedule(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${caunoi.notifications.reminder-check:PT30S}")
    void deliverDue() {
        reminders.deliverDue();
    }
}
