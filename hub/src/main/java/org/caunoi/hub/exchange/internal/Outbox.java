package org.caunoi.hub.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.NoLegalBasisException;
import org.caunoi.hub.exchange.PayloadTooLargeException;
import org.caunoi.hub.exchange.UnknownEndpointException;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.AfterCommit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox behind {@link ExchangeService}: checks, then queues the message in the
 * caller's transaction, and wakes the sender once that transaction has committed.
 */
@Service
class Outbox implements ExchangeService {

    private final HubProperties hub;
    private final ExchangeProperties properties;
    private final LegalBasisChecks legalBasis;
    private final PartnerEndpoints endpoints;
    private final OutboundMessages messages;
    private final MessageEvents events;
    private final AuditTrail audit;
    private final OutboxSender sender;
    private final Clock clock;

    Outbox(HubProperties hub, ExchangeProperties properties, LegalBasisChecks legalBasis, PartnerEndpoints endpoints,
            OutboundMessages messages, MessageEvents events, AuditTrail audit, OutboxSender sender, Clock clock) {
        this.hub = hub;
        this.properties = properties;
        this.legalBasis = legalBasis;
        this.endpoints = endpoints;
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String send(String partnerCode, MessageType type, DataCategory category, Purpose purpose, String contentType,
            byte[] payload) {
        return queue(partnerCode, type, category, purpose, contentType, payload);
    }

    @Override
    @Transactional
    public String ping(String partnerCode) {
        String body = "<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><From>" + hub.node() + "</From><At>"
                + clock.instant().truncatedTo(ChronoUnit.MILLIS) + "</At></Ping>";
        return queue(partnerCode, MessageType.PING, null, null, "application/xml", body.getBytes(StandardCharsets.UTF_8));
    }

    private String queue(String partnerCode, MessageType type, @Nullable DataCategory category, @Nullable Purpose purpose,
            String contentType, byte[] payload) {
        var refusal = legalBasis.refusal(partnerCode, type, category, purpose);
        if (refusal.isPresent()) {
            audit.record("EXCHANGE_REFUSED", "exchange-message", null, "to " + partnerCode + " " + type + " "
                    + what(category, purpose) + ": " + refusal.get().kebab());
            throw new NoLegalBasisException(partnerCode, refusal.get(), type + " " + what(category, purpose));
        }
        if (payload.length > properties.maxPayloadBytes()) {
            throw new PayloadTooLargeException(payload.length, properties.maxPayloadBytes());
        }
        if (endpoints.of(partnerCode).isEmpty()) {
            throw new UnknownEndpointException(partnerCode);
        }
        String messageId = UUID.randomUUID() + "@" + hub.node().toLowerCase(Locale.ROOT) + ".caunoi";
        Instant now = clock.instant();
        messages.insert(messageId, partnerCode, type, category == null ? null : category.kebab(),
                purpose == null ? null : purpose.kebab(), contentType, payload, now, now.plus(properties.giveUpAfter()),
                currentActor());
        events.record("OUT", messageId, OutboundMessage.State.QUEUED.name(), "");
        audit.record("EXCHANGE_QUEUE", "exchange-message", messageId, "to " + partnerCode + " " + type + " "
                + what(category, purpose) + ", " + payload.length + " bytes");
        AfterCommit.run(sender::nudge);
        return messageId;
    }

    private static String what(@Nullable DataCategory category, @Nullable Purpose purpose) {
        return category == null || purpose == null ? "(connectivity check)" : category.kebab() + " for " + purpose.kebab();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }
}
