package org.caunoi.hub.exchange.internal.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.helger.phase4.model.error.EEbmsError;
import org.caunoi.hub.exchange.Caveat;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.ReceivedMessage;
import org.caunoi.hub.exchange.Revision;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.LegalBasisChecks;
import org.caunoi.hub.exchange.internal.MessageEvents;
import org.caunoi.hub.exchange.internal.SenderText;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.exchange.internal.keys.Certificates;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.AfterCommit;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides about an incoming user message and stores it, committed, before phase4 writes the
 * receipt: refused (not signed, not encrypted, unknown sender, wrong certificate, unknown type, no
 * legal basis, too large) with the ebMS error to answer, accepted, or recognised as a copy of a
 * message stored before, which is receipted again and never processed twice.
 */
@Service
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    /**
     * A user message as phase4 handed it over, with what phase4 verified about it. The payload is
     * still compressed and the raw request where it was spooled: each is read only once the sender
     * is known, the payload no further than the limit.
     */
    public record Incoming(String messageId, String fromPartyId, String toPartyId, String service, String action,
            @Nullable String category, @Nullable String purpose, RawThreading threading, String contentType, Source payload,
            @Nullable String rawContentType, Source raw, boolean signatureVerified, boolean decrypted,
            @Nullable X509Certificate signingCertificate, @Nullable String remoteAddress) {
    }

    /**
     * The threading of a message as the sender wrote it: the in-reply-to property, ConversationId
     * and the version, change and caveat properties, checked only once the sender is known.
     */
    public record RawThreading(@Nullable String inReplyTo, @Nullable String conversationId, @Nullable String version,
            @Nullable String change, @Nullable String caveats) {

        /** The threading these values describe, or empty when they contradict each other or the profile. */
        Optional<Threading> parse() {
            Revision revision = null;
            if (version != null || change != null) {
                if (version == null || change == null || conversationId == null) {
                    return Optional.empty();
                }
                try {
                    revision = new Revision(conversationId, Integer.parseInt(version),
                            Revision.Change.valueOf(change.toUpperCase(java.util.Locale.ROOT)));
                }
                catch (IllegalArgumentException notAVersion) {
                    return Optional.empty();
                }
            }
            var kept = java.util.EnumSet.noneOf(Caveat.class);
            for (String caveat : caveats == null || caveats.isBlank() ? new String[0] : caveats.strip().split("\\s+")) {
                Optional<Caveat> known = Caveat.ofKebab(caveat);
                if (known.isEmpty()) {
                    return Optional.empty();
                }
                kept.add(known.get());
            }
            return Optional.of(new Threading(inReplyTo, revision, kept));
        }
    }

    /** Opens bytes of the message (the payload, decompressing it as it is read; the raw request). */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** What to answer. */
    public sealed interface Verdict {
        /** Stored now: answer with a receipt. */
        record Accepted(String partnerCode) implements Verdict {
        }

        /** Stored before: answer with a receipt again, process nothing. */
        record Duplicate(String partnerCode) implements Verdict {
        }

        /**
         * Not stored: answer with this ebMS error. {@code partnerCode}: the partner whose registered
         * certificate signed the message, so the refusal is that partner's business; null when the
         * sender is not authenticated.
         */
        record Refused(EEbmsError error, String detail, @Nullable String partnerCode) implements Verdict {

            Refused(EEbmsError error, String detail) {
                this(error, detail, null);
            }
        }
    }

    private final HubProperties hub;
    private final ExchangeProperties properties;
    private final PartnerEndpoints endpoints;
    private final LegalBasisChecks legalBasis;
    private final InboundMessages messages;
    private final MessageEvents events;
    private final AuditTrail audit;
    private final InboxProcessor processor;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RefusalAuditLimit refusalLimit;
    private final Partners partners;

    Inbox(HubProperties hub, ExchangeProperties properties, PartnerEndpoints endpoints, LegalBasisChecks legalBasis,
            InboundMessages messages, MessageEvents events, AuditTrail audit, InboxProcessor processor,
            TransactionTemplate transaction, Clock clock, RefusalAuditLimit refusalLimit, Partners partners) {
        this.hub = hub;
        this.partners = partners;
        this.properties = properties;
        this.endpoints = endpoints;
        this.legalBasis = legalBasis;
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.processor = processor;
        this.transaction = transaction;
        this.clock = clock;
        this.refusalLimit = refusalLimit;
    }

    public Verdict accept(Incoming incoming) {
        Verdict verdict;
        try {
            // One transaction for the checks' reads and the storing: the legal-basis check would
            // otherwise take a read-only transaction of its own for each message.
            verdict = Objects.requireNonNull(transaction.execute(status -> checkAndStore(incoming)));
        }
        catch (IllegalArgumentException e) {
            verdict = new Verdict.Refused(EEbmsError.EBMS_VALUE_NOT_RECOGNIZED, SenderText.clip(e.getMessage(), 200));
        }
        if (verdict instanceof Verdict.Refused refused) {
            String answer = refused.error().getErrorCode() + " " + refused.detail();
            log.info("AS4 message {} from {} refused: {}", SenderText.clip(incoming.messageId(), 100),
                    incoming.remoteAddress(), SenderText.clip(answer, 300));
            if (refused.partnerCode() != null) {
                recordPartnerRefusal(incoming.messageId(), refused.partnerCode(), answer, incoming.remoteAddress());
            }
            else {
                recordRefusal(incoming.messageId(), incoming.fromPartyId(), answer, incoming.remoteAddress());
            }
        }
        return verdict;
    }

    /**
     * Records a refused message whose sender is not known to be a partner in the audit trail: those
     * this inbox refuses, and those phase4 refuses before they reach it (a signature that does not
     * verify, a certificate nobody trusts). Anyone who can reach {@code /as4} can send these, so
     * {@link RefusalAuditLimit} keeps a flood of them from flooding the trail, and the sender they
     * name is recorded as claimed ({@code as4:claimed:<party id>}), never as the partner itself.
     *
     * @param answer the ebMS error code the sender got, then why
     */
    public void recordRefusal(@Nullable String messageId, @Nullable String claimedPartyId, String answer,
            @Nullable String remoteAddress) {
        if (refusalLimit.admit(remoteAddress)) {
            record("as4:claimed:" + SenderText.clip(claimedPartyId == null ? "unknown" : claimedPartyId, 80), messageId,
                    answer, remoteAddress);
        }
    }

    /** A refusal of a message its sender signed with the certificate registered for it: under the partner's name. */
    private void recordPartnerRefusal(String messageId, String partnerCode, String answer, @Nullable String remoteAddress) {
        record("as4:" + partnerCode, messageId, answer, remoteAddress);
    }

    private void record(String actor, @Nullable String messageId, String answer, @Nullable String remoteAddress) {
        // What the sender wrote is clipped: the trail keeps evidence, not whatever an attacker sends. The
        // answer is technical text, kept as it is: clipped to the length a sentence's argument keeps.
        String clipped = SenderText.clip(answer, 300);
        audit.recordAs(actor, "EXCHANGE_REFUSE_INBOUND", "exchange-message",
                messageId == null ? null : SenderText.clip(messageId, 200), remoteAddress == null
                        ? Sentences.of("exchange.audit-details.refused-inbound", clipped)
                        : Sentences.of("exchange.audit-details.refused-inbound-from", clipped, remoteAddress));
    }

    /** Who sent it and to whom first, then what and on which legal basis, then the content: only then store. */
    private Verdict checkAndStore(Incoming incoming) {
        if (!incoming.signatureVerified() || incoming.signingCertificate() == null) {
            return refuse(EEbmsError.EBMS_POLICY_NONCOMPLIANCE, "the message is not signed; this hub accepts signed messages only");
        }
        if (!incoming.decrypted()) {
            return refuse(EEbmsError.EBMS_POLICY_NONCOMPLIANCE, "the payload is not encrypted; this hub accepts encrypted messages only");
        }
        String ownPartyId = properties.partyIdOf(hub.node());
        if (!ownPartyId.equals(incoming.toPartyId())) {
            return refuse(EEbmsError.EBMS_VALUE_INCONSISTENT, "the message is addressed to "
                    + SenderText.clip(incoming.toPartyId(), 100) + ", not to this hub (" + ownPartyId + ")");
        }
        var endpoint = endpoints.byPartyId(incoming.fromPartyId());
        if (endpoint.isEmpty()) {
            return refuse(EEbmsError.EBMS_FAILED_AUTHENTICATION, "unknown sender " + SenderText.clip(incoming.fromPartyId(), 100));
        }
        String partner = endpoint.get().partnerCode();
        if (!Certificates.same(endpoint.get().certificate(), incoming.signingCertificate())) {
            return refuse(EEbmsError.EBMS_FAILED_AUTHENTICATION, "the signing certificate is not the one registered for "
                    + partner);
        }
        MessageType type = new MessageType(incoming.service(), incoming.action());
        if (!processor.handles(type)) {
            return refuse(partner, EEbmsError.EBMS_VALUE_NOT_RECOGNIZED, "this hub has no handler for "
                    + SenderText.clip(type.toString(), 200));
        }
        DataCategory category = incoming.category() == null ? null : DataCategory.parse(incoming.category());
        Purpose purpose = incoming.purpose() == null ? null : Purpose.parse(incoming.purpose());
        var refusal = legalBasis.refusal(partner, type, category, purpose);
        if (refusal.isPresent()) {
            return refuse(partner, EEbmsError.EBMS_OTHER, "no legal basis: " + refusal.get().kebab());
        }
        Optional<Threading> threading = incoming.threading().parse();
        if (threading.isEmpty()) {
            return refuse(partner, EEbmsError.EBMS_VALUE_INCONSISTENT, "the version, change or caveat properties are not "
                    + "valid (caunoi:version is 1 for the original, more for a correction or withdrawal, with a ConversationId; "
                    + "caveats are known names)");
        }
        byte[] payload;
        try (InputStream in = incoming.payload().open()) {
            // One byte more than the limit tells a payload over it; a gzip bomb is never decompressed further.
            payload = in.readNBytes(properties.maxPayloadBytes() + 1);
        }
        catch (IOException e) {
            log.info("AS4 message {} from {}: payload not readable: {}", SenderText.clip(incoming.messageId(), 100),
                    partner, SenderText.clip(e.toString(), 200));
            return refuse(partner, EEbmsError.EBMS_DECOMPRESSION_FAILURE, "the payload could not be decompressed");
        }
        if (payload.length > properties.maxPayloadBytes()) {
            return refuse(partner, EEbmsError.EBMS_OTHER, "the payload exceeds the maximum of "
                    + properties.maxPayloadBytes() + " bytes once decompressed");
        }
        var schemaProblem = processor.payloadProblem(type, payload);
        if (schemaProblem.isPresent()) {
            return refuse(partner, EEbmsError.EBMS_OTHER, "the payload does not follow the schema of " + type + ": "
                    + SenderText.clip(schemaProblem.get(), 200));
        }
        var moduleRefusal = processor.refusal(type, partner, threading.get(), payload);
        if (moduleRefusal.isPresent()) {
            return refuse(partner, EEbmsError.EBMS_OTHER, "refused by the receiving module: "
                    + SenderText.clip(moduleRefusal.get(), 200));
        }
        return store(incoming, partner, category, purpose, payload, threading.get());
    }

    private Verdict store(Incoming incoming, String partner, @Nullable DataCategory category, @Nullable Purpose purpose,
            byte[] payload, Threading threading) {
        // In accept()'s transaction: committed before the receipt goes back.
        byte[] raw = rawOf(incoming);
        var arrival = new InboundMessages.Arrival(incoming.messageId(), partner,
                new MessageType(incoming.service(), incoming.action()), incoming.category(), incoming.purpose(),
                incoming.contentType(), payload, incoming.rawContentType(), raw.length == 0 ? null : raw,
                Certificates.sha256(Objects.requireNonNull(incoming.signingCertificate(),
                        "accept() stores only a message signed with the partner's registered certificate")), threading);
        Instant now = clock.instant();
        String completedBy = processor.completesOnArrival(arrival.type());
        String sender = partners.inSentence(partner); // named in the audit trail in the reader's language
        var received = new AuditTrail.Planned("as4:" + partner, "EXCHANGE_RECEIVE", "exchange-message",
                incoming.messageId(), Sentences.of("exchange.audit-details.received", sender, arrival.type().named(), payload.length));
        // Written by the storing statement, and only if it stored the message (not for a copy).
        var entries = audit.inStatement(completedBy == null ? List.of(received) : List.of(received,
                new AuditTrail.Planned("system", "EXCHANGE_PROCESSED", "exchange-message", incoming.messageId(),
                        Sentences.of("exchange.audit-details.processed", arrival.type().named(), sender, completedBy))));
        if (messages.insertIfNew(arrival, now, completedBy, entries)) {
            if (completedBy == null) {
                AfterCommit.run(processor::nudge);
            }
            else {
                // Stored processed: the handler does all there is to do here, in the storing transaction.
                processor.handleOnArrival(new ReceivedMessage(incoming.messageId(), partner, arrival.type(),
                        category, purpose, incoming.contentType(), payload, now, threading));
            }
            return new Verdict.Accepted(partner);
        }
        String firstSender = messages.senderOf(incoming.messageId()).orElse(partner);
        if (!firstSender.equals(partner)) {
            return new Verdict.Refused(EEbmsError.EBMS_VALUE_INCONSISTENT,
                    "MessageId " + SenderText.clip(incoming.messageId(), 100) + " was used before by another partner", partner);
        }
        messages.countDuplicate(incoming.messageId());
        events.record("IN", incoming.messageId(), "DUPLICATE", Sentences.of("exchange.event-details.duplicate"));
        audit.recordAs("as4:" + partner, "EXCHANGE_DUPLICATE", "exchange-message", incoming.messageId(),
                Sentences.of("exchange.audit-details.duplicate", sender));
        return new Verdict.Duplicate(partner);
    }

    /** The request as it came, kept as evidence; at most the request limit, read only for a message to store. */
    private static byte[] rawOf(Incoming incoming) {
        try (InputStream in = incoming.raw().open()) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spooled request of " + incoming.messageId(), e);
        }
    }

    private static Verdict refuse(EEbmsError error, String detail) {
        return new Verdict.Refused(error, detail);
    }

    private static Verdict refuse(String partnerCode, EEbmsError error, String detail) {
        return new Verdict.Refused(error, detail, partnerCode);
    }
}
