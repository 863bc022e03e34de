package org.caunoi.hub.platform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in officer's own notifications, worded in the caller's language (Accept-Language). */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications")
class NotificationApiController {

    private final Notifications notifications;
    private final MessageSource messages;
    private final Sentences sentences;

    NotificationApiController(Notifications notifications, MessageSource messages, Sentences sentences) {
        this.notifications = notifications;
        this.messages = messages;
        this.sentences = sentences;
    }

    record NotificationView(long id, String text, @Nullable String link, Instant createdAt, boolean read) {
    }

    record Inbox(int unread, List<NotificationView> notifications) {
    }

    @GetMapping
    @Operation(summary = "The caller's newest 50 notifications and how many are unread")
    Inbox list(Authentication officer, Locale locale) {
        var views = notifications.recent(officer.getName(), 50).stream()
                .map(n -> new NotificationView(n.id(), n.text(sentences, locale), n.link(), n.createdAt(), n.read()))
                .toList();
        return new Inbox(notifications.unreadCount(officer.getName()), views);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    ResponseEntity<?> markRead(@PathVariable long id, Authentication officer, Locale locale) {
        if (notifications.markRead(officer.getName(), id)) {
            return ResponseEntity.noContent().build();
        }
        // Another officer's notification is as unknown as one that does not exist.
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("platform.notifications.not-found", new Object[] {Long.toString(id)}, locale));
        problem.setTitle(messages.getMessage("platform.notifications.not-found-title", null, locale));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
