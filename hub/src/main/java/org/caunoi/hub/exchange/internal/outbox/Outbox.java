package org.caunoi.hub.exchange.internal.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.caunoi.hub.exchange.Dispatch;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.HubConnection;
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
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessages.NewMessage;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.i18n.Sentences.Name;
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
    private final AuditTrail audit;
    private final OutboxSender sender;
    private final OnwardConsents consents;
    private final Clock clock;
    private final Partners partners;

    Outbox(HubProperties hub, ExchangeProperties properties, LegalBasisChecks legalBasis, PartnerEndpoints endpoints,
            OutboundMessages messages, AuditTrail audit, OutboxSender sender, OnwardConsents consents,
            Clock clock, Partners partners) {
        this.hub = hub;
        this.partners = partners;
        this.properties = properties;
        this.legalBasis = legalBasis;
        this.endpoints = endpoints;
        this.messages = messages;
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
        return dispatch(new NewMessage("", "", message.type(), message.category().kebab(), message.purpose().kebab(),
                message.contentType(), message.payload(), new Threading(message.inReplyTo(), message.revision(), message.caveats()),
                message.receivedFrom()), message.recipients(), message.category(), message.purpose());
    }

    @Override
    public boolean reaches(String partnerCode) {
        return endpoints.of(partnerCode).isPresent();
    }

    @Override
    public Map<String, HubConnection> connections() {
        Instant now = clock.instant();
        return endpoints.all().stream().collect(Collectors.toMap(PartnerEndpoint::partnerCode, endpoint -> {
            var certificate = endpoint.certificate();
            if (certificate == null) {
                return HubConnection.NO_CERTIFICATE;
            }
            return certificate.getNotAfter().toInstant().isBefore(now) ? HubConnection.CERTIFICATE_EXPIRED : HubConnection.READY;
        }));
    }

    @Override
    @Transactional
    public String ping(String partnerCode) {
        String body = "<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><From>" + hub.node() + "</From><At>"
                + clock.instant().truncatedTo(ChronoUnit.MILLIS) + "</At></Ping>";
        var ping = new NewMessage("", "", MessageType.PING, null, null, "application/xml",
                body.getBytes(StandardCharsets.UTF_8), Threading.NONE, null);
        Dispatch dispatch = dispatch(ping, List.of(partnerCode), null, null).getFirst();
        if (dispatch.refusal() == Dispatch.Refusal.NO_ENDPOINT) {
            throw new UnknownEndpointException(partnerCode);
        }
        if (dispatch.messageId() == null) {
            throw new NoLegalBasisException(partnerCode, dispatch.legalBasisReason(), MessageType.PING + " (connectivity check)");
        }
        return dispatch.messageId();
    }

    /**
     * Checks each recipient, then queues the copies of those that pass with one insert that writes
     * their history and their audit entries too: one statement for three recipients instead of nine.
     * Every copy and every refusal has its own entry in the audit trail. The copies the sender can
     * take at once are queued claimed by it and handed over after the commit.
     */
    private List<Dispatch> dispatch(NewMessage message, List<String> recipients, @Nullable DataCategory category,
            @Nullable Purpose purpose) {
        List<Checked> checked = recipients.stream().map(recipient -> check(recipient, message, category, purpose)).toList();
        List<Dispatch> dispatches = checked.stream().map(Checked::dispatch).toList();
        List<Checked> queued = checked.stream().filter(copy -> copy.dispatch().queued()).toList();
        if (queued.isEmpty()) {
            return dispatches;
        }
        Instant now = clock.instant();
        Revision revision = message.threading().revision();
        var entries = audit.inStatement("EXCHANGE_QUEUE", "exchange-message", queued.stream()
                .map(copy -> new AuditTrail.RecordDetails(copy.messageId(), queuedDetails(copy.dispatch().partnerCode(),
                        message, category, purpose, revision)))
                .toList());
        OutboxSender.HandOver handOver = sender.handOver(queued.size());
        List<OutboundMessage> copies = messages.insert(message, queued.stream().map(Checked::messageId).toList(),
                queued.stream().map(copy -> copy.dispatch().partnerCode()).toList(), handOver.claims(), now,
                handOver.leaseEnd(), now.plus(properties.giveUpAfter()), currentActor(), entries);
        handOver.queued(copies, queued.stream().map(Checked::endpoint).toList());
        return dispatches;
    }

    /** A recipient's dispatch and, when queued, the endpoint its copy goes to. */
    private record Checked(Dispatch dispatch, @Nullable PartnerEndpoint endpointOrNull) {

        String messageId() {
            return Objects.requireNonNull(dispatch.messageId());
        }

        PartnerEndpoint endpoint() {
            return Objects.requireNonNull(endpointOrNull);
        }
    }

    /** Checks one recipient and names its copy, or says why not; every refusal is in the audit trail. */
    private Checked check(String recipient, NewMessage message, @Nullable DataCategory category, @Nullable Purpose purpose) {
        var refusal = legalBasis.refusal(recipient, message.type(), category, purpose);
        if (refusal.isPresent()) {
            audit.record("EXCHANGE_REFUSED", "exchange-message", null,
                    refusedDetails(recipient, message, category, purpose, refusal.get().kebab()));
            return new Checked(Dispatch.refused(recipient, Dispatch.Refusal.NO_LEGAL_BASIS, refusal.get()), null);
        }
        String source = message.receivedFrom();
        Revision revision = message.threading().revision();
        if (source != null && !source.equals(recipient) && !consents.given(source, recipient,
                revision == null ? null : revision.conversation())) {
            // Only a message sent under a category and purpose is passed on: a connectivity check has no source.
            audit.record("EXCHANGE_REFUSED", "exchange-message", null, Sentences.of("exchange.audit-details.refused-no-consent",
                    partners.inSentence(recipient), message.type().named(),
                    Name.of(Labels.family(DataCategory.class), Objects.toString(message.category())),
                    Name.of(Labels.family(Purpose.class), Objects.toString(message.purpose())), partners.inSentence(source)));
            return new Checked(Dispatch.refused(recipient, Dispatch.Refusal.NO_ONWARD_CONSENT, null), null);
        }
        // Read whole, not only asked for: the sender takes it along if the copy is handed over.
        var endpoint = endpoints.of(recipient);
        if (endpoint.isEmpty()) {
            return new Checked(Dispatch.refused(recipient, Dispatch.Refusal.NO_ENDPOINT, null), null);
        }
        return new Checked(Dispatch.queued(recipient, UUID.randomUUID() + "@" + hub.node().toLowerCase(Locale.ROOT)
                + ".caunoi"), endpoint.get());
    }

    /**
     * The audit trail's sentence for a queued copy: to whom (named in the reader's language), what,
     * under which category and purpose (none for a connectivity check), how large, and which version
     * of which conversation it carries.
     */
    private String queuedDetails(String recipientCode, NewMessage message, @Nullable DataCategory category,
            @Nullable Purpose purpose, @Nullable Revision revision) {
        String recipient = partners.inSentence(recipientCode);
        int bytes = message.payload().length;
        if (category == null || purpose == null) {
            // A connectivity check (a Ping) is never a version of a conversation.
            return Sentences.of("exchange.audit-details.queued-check", recipient, message.type().named(), bytes);
        }
        return revision == null
                ? Sentences.of("exchange.audit-details.queued", recipient, message.type().named(), Name.of(category), Name.of(purpose),
                        bytes)
                : Sentences.of("exchange.audit-details.queued-revision", recipient, message.type().named(), Name.of(category),
                        Name.of(purpose), bytes, revision.conversation(), revision.version(), Name.of(revision.change()));
    }

    /** The audit trail's sentence for a copy refused for want of a legal basis, with the reason's code. */
    private String refusedDetails(String recipientCode, NewMessage message, @Nullable DataCategory category,
            @Nullable Purpose purpose, String reason) {
        String recipient = partners.inSentence(recipientCode);
        return category == null || purpose == null
                ? Sentences.of("exchange.audit-details.refused-check", recipient, message.type().named(), reason)
                : Sentences.of("exchange.audit-details.refused", recipient, message.type().named(), Name.of(category),
                        Name.of(purpose), reason);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }
}
