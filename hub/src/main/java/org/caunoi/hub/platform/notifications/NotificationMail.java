package org.caunoi.hub.platform.notifications;

import java.util.Locale;

import org.caunoi.hub.platform.i18n.Sentences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail, in the officer's language, when the hub has an SMTP server
 * ({@code spring.mail.host}) and the officer an address. A mail that cannot go is logged, never
 * fatal: the notification in the hub is what counts.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Sentences sentences;
    private final String from;
    private final String baseUrl;

    NotificationMail(ObjectProvider<JavaMailSender> sender, JdbcClient jdbc, MessageSource messages, Sentences sentences,
            @Value("${caunoi.notifications.mail-from:caunoi@localhost}") String from,
            @Value("${caunoi.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.messages = messages;
        this.sentences = sentences;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void send(Notification notification) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return;
        }
        record Preference(String email, String language) {
        }
        var preference = jdbc.sql("""
                SELECT email, language FROM platform.notification_preference WHERE officer = ? AND email IS NOT NULL""")
                .param(notification.officer())
                .query((rs, n) -> new Preference(rs.getString(1), rs.getString(2))).optional();
        if (preference.isEmpty()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(preference.get().language());
        String text = notification.text(sentences, locale);
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(preference.get().email());
        message.setSubject(messages.getMessage("platform.notifications.mail-subject", new Object[] {text}, locale));
        message.setText(notification.link() == null ? text : text + "\n\n" + baseUrl + notification.link());
        try {
            mailSender.send(message);
        }
        catch (MailException e) {
            log.warn("Notification {} not sent by e-mail to {}: {}", notification.id(), notification.officer(), e.getMessage());
        }
    }
}
