package org.caunoi.hub.exchange.internal.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.caunoi.hub.exchange.Dispatch;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.NoLegalBasisException;
import org.caunoi.hub.exchange.OnwardConsents;
import org.caunoi.hub.exchange.OutgoingMessage;
import org.caunoi.hub.exchange.Revision;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.exchange.PayloadTooLargeException;
import org.caunoi.hub.exchange.UnknownEndpointException;
import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.LegalBasisChecks;
import org.caunoi.hub.exchange.internal.MessageEvents;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessages.NewMessage;
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
    private final OnwardConsents consents;
    private final Clock clock;

    Outbox(HubProperties hub, ExchangeProperties properties, LegalBasisChecks legalBasis, PartnerEndpoints endpoints,
            OutboundMessages messages, MessageEvents events, AuditTrail audit, OutboxSender sender, OnwardConsents consents,
            Clock clock) {
        this.hub = hub;
        this.properties = properties;
        this.legalBasis = legalBasis;
        this.endpoints = endpoints;
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.sender = sender;
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Dispatch> send(OutgoingMessage message) {
        if (message.payload().length > properties.maxPayloadBytes()) {
            throw new PayloadTooLargeException(message.payload().length, properties.maxPayloadBytes());
        }
        return message.recipients().stream().map(recipient -> dispatch(recipient, message)).toList();
    }

    @Override
    @Transactional
    public String ping(String partnerCode) {
        String body = "<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><From>" + hub.node() + "</From><At>"
                + clock.instant().truncatedTo(ChronoUnit.MILLIS) + "</At></Ping>";
        var ping = new NewMessage("", partnerCode, MessageType.PING, null, null, "application/xml",
                body.getBytes(StandardCharsets.UTF_8), Threading.NONE, null);
        Dispatch dispatch = dispatch(ping, null, null);
        if (dispatch.refusal() == Dispatch.Refusal.NO_ENDPOINT) {
            throw new UnknownEndpointException(partnerCode);
        }
        if (dispatch.messageId() == null) {
            throw new NoLegalBasisException(partnerCode, dispatch.legalBasisReason(), MessageType.PING + " " + what(null, null));
        }
        return dispatch.messageId();
    }

    private Dispatch dispatch(String recipient, OutgoingMessage message) {
        return dispatch(new NewMessage("", recipient, message.type(), message.category().kebab(), message.purpose().kebab(),
                message.contentType(), message.payload(), new Threading(message.inReplyTo(), message.revision(), message.caveats()),
                message.receivedFrom()), message.category(), message.purpose());
    }

    /** Checks one recipient and queues its copy, or says why not; every refusal is in the audit trail. */
    private Dispatch dispatch(NewMessage message, @Nullable DataCategory category, @Nullable Purpose purpose) {
        String recipient = message.partnerCode();
        String what = "to " + recipient + " " + message.type() + " " + what(category, purpose);
        var refusal = legalBasis.refusal(recipient, message.type(), category, purpose);
        if (refusal.isPresent()) {
            audit.record("EXCHANGE_REFUSED", "exchange-message", null, what + ": " + refusal.get().kebab());
            return Dispatch.refused(recipient, Dispatch.Refusal.NO_LEGAL_BASIS, refusal.get());
        }
        String source = message.receivedFrom();
        Revision revision = message.threading().revision();
        if (source != null && !source.equals(recipient) && !consents.given(source, recipient,
                revision == null ? null : revision.conversation())) {
            audit.record("EXCHANGE_REFUSED", "exchange-message", null, what + ": no consent of " + source + " to pass it on");
            return Dispatch.refused(recipient, Dispatch.Refusal.NO_ONWARD_CONSENT, null);
        }
        if (!endpoints.exists(recipient)) {
            return Dispatch.refused(recipient, Dispatch.Refusal.NO_ENDPOINT, null);
        }
        String messageId = UUID.randomUUID() + "@" + hub.node().toLowerCase(Locale.ROOT) + ".caunoi";
        Instant now = clock.instant();
        messages.insert(new NewMessage(messageId, recipient, message.type(), message.category(), message.purpose(),
                message.contentType(), message.payload(), message.threading(), source), now,
                now.plus(properties.giveUpAfter()), currentActor());
        events.record("OUT", messageId, OutboundMessage.State.QUEUED.name(), "");
        audit.record("EXCHANGE_QUEUE", "exchange-message", messageId, what + ", " + message.payload().length + " bytes"
                + (revision == null ? "" : ", " + revision.conversation() + " v" + revision.version() + " "
                        + revision.change().kebab()));
        AfterCommit.run(sender::nudge);
        return Dispatch.queued(recipient, messageId);
    }

    private static String what(@Nullable DataCategory category, @Nullable Purpose purpose) {
        return category == null || purpose == null ? "(connectivity check)" : category.kebab() + " for " + purpose.kebab();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }
}
