package org.caunoi.hub.platform.notifications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.caunoi.hub.platform.database.AfterCommit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells officers things: a notification in the hub, and the same by e-mail once the transaction
 * commits when the officer has an address and the hub an SMTP server. Each officer reads and marks
 * only their own.
 */
@Service
public class Notifications {

    static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][a-z0-9.-]+");
    /** A path inside the hub; never another site, never a script. */
    static final Pattern LINK = Pattern.compile("/[^/\\\\][^\\s]*|/");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NotificationMail mail;

    Notifications(JdbcClient jdbc, Clock clock, NotificationMail mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
    }

    /** Notifies {@code officer}: {@code messageKey} with {@code args}, in the reader's language; {@code link} a path in the hub. */
    @Transactional
    public Notification notify(String officer, String messageKey, List<String> args, @Nullable String link) {
        Notification notification = insert(null, officer, messageKey, args, link);
        if (notification == null) {
            throw new IllegalStateException("a notification without a request is never a duplicate");
        }
        return notification;
    }

    /** As {@link #notify}, unless {@code request} made a notification already: then nothing, and null. */
    @Transactional
    @Nullable Notification notifyOnce(UUID request, String officer, String messageKey, List<String> args, @Nullable String link) {
        return insert(request, officer, messageKey, args, link);
    }

    private @Nullable Notification insert(@Nullable UUID request, String officer, String messageKey, List<String> args,
            @Nullable String link) {
        checkMessage(messageKey, link);
        var created = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Long id = jdbc.sql("""
                INSERT INTO platform.notification (officer, message_key, args, link, created_at, request_id)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING RETURNING id""")
                .param(officer).param(messageKey).param(args.toArray(String[]::new)).param(link).param(Timestamp.from(created))
                .param(request).query(Long.class).optional().orElse(null);
        if (id == null) {
            return null;
        }
        var notification = new Notification(id, officer, messageKey, args, link, created, null);
        AfterCommit.run(() -> mail.send(notification));
        return notification;
    }

    /** The officer's newest notifications, read or not. */
    @Transactional(readOnly = true)
    public List<Notification> recent(String officer, int limit) {
        return jdbc.sql("SELECT * FROM platform.notification WHERE officer = ? ORDER BY id DESC LIMIT ?")
                .params(officer, limit).query((rs, n) -> map(rs)).list();
    }

    @Transactional(readOnly = true)
    public int unreadCount(String officer) {
        return jdbc.sql("SELECT count(*) FROM platform.notification WHERE officer = ? AND read_at IS NULL")
                .param(officer).query(Integer.class).single();
    }

    /** Marks one of the officer's notifications read; false when the officer has none with that id. */
    @Transactional
    public boolean markRead(String officer, long id) {
        return jdbc.sql("""
                UPDATE platform.notification SET read_at = coalesce(read_at, ?) WHERE id = ? AND officer = ?""")
                .params(Timestamp.from(clock.instant()), id, officer).update() == 1;
    }

    /** Where the officer gets notifications by e-mail (null for none), and in which language ({@code vi} or {@code en}). */
    @Transactional
    public void setPreferences(String officer, @Nullable String email, String language) {
        jdbc.sql("""
                INSERT INTO platform.notification_preference (officer, email, language) VALUES (?, ?, ?)
                ON CONFLICT (officer) DO UPDATE SET email = excluded.email, language = excluded.language""")
                .param(officer).param(email).param(language).update();
    }

    /** Where the officer gets notifications by e-mail (null for none), and in which language. */
    public record Preferences(@Nullable String email, String language) {
    }

    /** The preferences of an officer who set none. */
    public static final Preferences NONE = new Preferences(null, "vi");

    /** Of the officers who set theirs; anyone else gets none by e-mail, in Vietnamese ({@link #NONE}). */
    @Transactional(readOnly = true)
    public Map<String, Preferences> preferences() {
        Map<String, Preferences> byOfficer = new HashMap<>();
        jdbc.sql("SELECT officer, email, language FROM platform.notification_preference")
                .query(rs -> {
                    byOfficer.put(rs.getString("officer"), new Preferences(rs.getString("email"), rs.getString("language")));
                });
        return byOfficer;
    }

    @Transactional(readOnly = true)
    public Preferences preferences(String officer) {
        return jdbc.sql("SELECT email, language FROM platform.notification_preference WHERE officer = ?").param(officer)
                .query((rs, row) -> new Preferences(rs.getString("email"), rs.getString("language")))
                .optional().orElse(NONE);
    }


    static void checkMessage(String messageKey, @Nullable String link) {
        if (!MESSAGE_KEY.matcher(messageKey).matches()) {
            throw new IllegalArgumentException("not a message key: " + messageKey);
        }
        if (link != null && !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("a notification links only to a path inside the hub: " + link);
        }
    }

    static Notification map(ResultSet rs) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getString("officer"), rs.getString("message_key"),
                strings(rs.getArray("args")), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
