package org.caunoi.hub.exchange.web;

import java.util.Locale;

import org.caunoi.hub.exchange.internal.MessageEvents;
import org.caunoi.hub.exchange.internal.as4.As4Client;
import org.caunoi.hub.exchange.internal.MessageSummaries.MessageSummary;
import org.caunoi.hub.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What an officer may read of why a delivery failed. A partner's refusal (its ebMS error) is
 * business every reader needs; a failure to reach the partner (host, port, TLS, the exception's
 * text) maps the network behind the hub, so only administrators read it, others a translated
 * generic reason. The screens and the API show the same.
 */
@Component
class DeliveryErrors {

    private final MessageSource text;

    DeliveryErrors(MessageSource text) {
        this.text = text;
    }

    MessageSummary shown(MessageSummary m, Authentication reader, Locale locale) {
        String lastError = shown(m.lastError(), reader, locale);
        return java.util.Objects.equals(lastError, m.lastError()) ? m : new MessageSummary(m.direction(), m.messageId(),
                m.partner(), m.type(), m.state(), m.attempts(), lastError, m.at(), m.doneAt(), m.category(), m.purpose(),
                m.duplicates(), m.inReplyTo());
    }

    MessageEvents.Event shown(MessageEvents.Event event, Authentication reader, Locale locale) {
        boolean failure = "RETRYING".equals(event.state()) || "DEAD_LETTER".equals(event.state());
        return failure ? new MessageEvents.Event(event.direction(), event.messageId(), event.state(),
                shownDetail(event.detail(), reader, locale), event.occurredAt()) : event;
    }

    private @Nullable String shown(@Nullable String detail, Authentication reader, Locale locale) {
        return detail == null ? null : shownDetail(detail, reader, locale);
    }

    private String shownDetail(String detail, Authentication reader, Locale locale) {
        if (detail.isEmpty() || detail.startsWith("EBMS:") || isAdministrator(reader)) {
            return detail;
        }
        return text.getMessage("exchange.error.hidden", null, locale);
    }

    /**
     * Why a delivery failed, in an officer's words: the key of the sentence for a technical reason
     * as the sender recorded it (a partner's ebMS error, a receipt that proves nothing, an answer that
     * cannot be verified, a missing certificate or key, a partner out of reach), before {@link #shown}
     * hides it from a reader who is not an administrator. The technical text stays one click away on
     * the message's page for those who may read it.
     */
    static String explanationKey(String lastError) {
        if (lastError.contains("no legal basis")) {
            return "exchange.explain.no-legal-basis";
        }
        if (lastError.startsWith("EBMS:0101") || lastError.startsWith("EBMS:0102") || lastError.startsWith("EBMS:0103")) {
            return "exchange.explain.authentication";
        }
        if (lastError.startsWith("EBMS:0001")) {
            return "exchange.explain.not-handled";
        }
        if (lastError.startsWith("EBMS:")) {
            return "exchange.explain.refused";
        }
        if (lastError.startsWith("the receipt is")) {
            return "exchange.explain.receipt";
        }
        if (lastError.startsWith(As4Client.UNVERIFIED_ANSWER)) {
            return "exchange.explain.answer-unverified";
        }
        if (lastError.startsWith(As4Client.NO_CERTIFICATE)) {
            return "exchange.explain.no-certificate";
        }
        if (lastError.startsWith(As4Client.NO_KEYSTORE)) {
            return "exchange.explain.no-keystore";
        }
        return "exchange.explain.unreachable";
    }

    private static boolean isAdministrator(Authentication reader) {
        return reader.getAuthorities().stream().anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
    }
}
