package org.caunoi.hub.platform.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders: a notification to deliver when the hub's clock reaches a time (an answer deadline, a
 * follow-up). {@link #deliverDue()} runs on a schedule; each due reminder becomes one notification.
 */
@Service
public class Reminders {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Notifications notifications;

    Reminders(JdbcClient jdbc, Clock clock, Notifications notifications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
    }

    /** Reminds {@code officer} at {@code at}: {@code messageKey} with {@code args}, linking to {@code link} in the hub. */
    @Transactional
    public long remind(String officer, Instant at, String messageKey, List<String> args, @Nullable String link) {
        Notifications.checkMessage(messageKey, link);
        return jdbc.sql("""
                INSERT INTO platform.reminder (officer, due_at, message_key, args, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(officer).param(Timestamp.from(at)).param(messageKey).param(args.toArray(String[]::new)).param(link)
                .param(Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .query(Long.class).single();
    }

    /** Delivers every reminder whose time has come by the hub's clock, once; returns how many. */
    @Transactional
    public int deliverDue() {
        Instant now = clock.instant();
        record Due(String officer, String messageKey, List<String> args, @Nullable String link) {
        }
        List<Due> due = jdbc.sql("""
                WITH due AS (SELECT id FROM platform.reminder WHERE delivered_at IS NULL AND due_at <= :now
                             ORDER BY due_at LIMIT 500 FOR UPDATE SKIP LOCKED)
                UPDATE platform.reminder r SET delivered_at = :now FROM due WHERE r.id = due.id
                RETURNING r.officer, r.message_key, r.args, r.link""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getString(1), rs.getString(2), Notifications.strings(rs.getArray(3)),
                        rs.getString(4)))
                .list();
        due.forEach(reminder -> notifications.notify(reminder.officer(), reminder.messageKey(), reminder.args(),
                reminder.link()));
        return due.size();
    }
}
