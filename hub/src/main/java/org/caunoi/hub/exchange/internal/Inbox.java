package org.caunoi.hub.exchange.internal;

import java.security.cert.X509Certificate;
import java.time.Clock;

import com.helger.phase4.model.error.EEbmsError;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.AfterCommit;
import org.jspecify.annotations.Nullable;
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

    /** A user message as phase4 handed it over, with what phase4 verified about it. */
    public record Incoming(String messageId, String fromPartyId, String toPartyId, String service, String action,
            @Nullable String category, @Nullable String purpose, String contentType, byte[] payload,
            @Nullable String rawContentType, byte @Nullable [] raw, boolean signatureVerified, boolean decrypted,
            @Nullable X509Certificate signingCertificate, @Nullable String remoteAddress) {
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
         * Not stored: answer with this ebMS error. {@code senderAuthenticated}: the message was signed
         * with the certificate registered for a partner, so the refusal is that partner's business.
         */
        record Refused(EEbmsError error, String detail, boolean senderAuthenticated) implements Verdict {

            Refused(EEbmsError error, String detail) {
                this(error, detail, false);
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

    Inbox(HubProperties hub, ExchangeProperties properties, PartnerEndpoints endpoints, LegalBasisChecks legalBasis,
            InboundMessages messages, MessageEvents events, AuditTrail audit, InboxProcessor processor,
            TransactionTemplate transaction, Clock clock, RefusalAuditLimit refusalLimit) {
        this.hub = hub;
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
            // check() answers Accepted with the sender's partner code when every check passes; only then store.
            Verdict checked = check(incoming);
            verdict = checked instanceof Verdict.Accepted passed ? store(incoming, passed.partnerCode()) : checked;
        }
        catch (IllegalArgumentException e) {
            verdict = new Verdict.Refused(EEbmsError.EBMS_VALUE_NOT_RECOGNIZED, e.getMessage());
        }
        if (verdict instanceof Verdict.Refused refused) {
            String answer = refused.error().getErrorCode() + " " + refused.detail();
            if (refused.senderAuthenticated()) {
                recordPartnerRefusal(incoming.messageId(), incoming.fromPartyId(), answer, incoming.remoteAddress());
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
     * {@link RefusalAuditLimit} keeps a flood of them from flooding the trail.
     *
     * @param answer the ebMS error code the sender got, then why
     */
    public void recordRefusal(@Nullable String messageId, @Nullable String fromPartyId, String answer,
            @Nullable String remoteAddress) {
        if (refusalLimit.admit(remoteAddress)) {
            recordPartnerRefusal(messageId, fromPartyId, answer, remoteAddress);
        }
    }

    private void recordPartnerRefusal(@Nullable String messageId, @Nullable String fromPartyId, String answer,
            @Nullable String remoteAddress) {
        // What the sender wrote is clipped: the trail keeps evidence, not whatever an attacker sends.
        audit.recordAs("as4:" + clip(fromPartyId == null ? "unknown" : fromPartyId, 100), "EXCHANGE_REFUSE_INBOUND",
                "exchange-message", messageId == null ? null : clip(messageId, 200),
                clip(answer, 1000) + (remoteAddress == null ? "" : " (from " + remoteAddress + ")"));
    }

    private static String clip(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength) + "…";
    }

    private Verdict check(Incoming incoming) {
        if (!incoming.signatureVerified() || incoming.signingCertificate() == null) {
            return refuse(EEbmsError.EBMS_POLICY_NONCOMPLIANCE, "the message is not signed; this hub accepts signed messages only");
        }
        if (!incoming.decrypted()) {
            return refuse(EEbmsError.EBMS_POLICY_NONCOMPLIANCE, "the payload is not encrypted; this hub accepts encrypted messages only");
        }
        String ownPartyId = properties.partyIdOf(hub.node());
        if (!ownPartyId.equals(incoming.toPartyId())) {
            return refuse(EEbmsError.EBMS_VALUE_INCONSISTENT, "the message is addressed to " + incoming.toPartyId()
                    + ", not to this hub (" + ownPartyId + ")");
        }
        var endpoint = endpoints.byPartyId(incoming.fromPartyId());
        if (endpoint.isEmpty()) {
            return refuse(EEbmsError.EBMS_FAILED_AUTHENTICATION, "unknown sender " + incoming.fromPartyId());
        }
        String partner = endpoint.get().partnerCode();
        if (!As4Profile.sameCertificate(endpoint.get().certificate(), incoming.signingCertificate())) {
            return refuse(EEbmsError.EBMS_FAILED_AUTHENTICATION, "the signing certificate is not the one registered for "
                    + partner);
        }
        MessageType type = new MessageType(incoming.service(), incoming.action());
        if (!processor.handles(type)) {
            return refuseKnownPartner(EEbmsError.EBMS_VALUE_NOT_RECOGNIZED, "this hub has no handler for " + type);
        }
        DataCategory category = incoming.category() == null ? null : DataCategory.parse(incoming.category());
        Purpose purpose = incoming.purpose() == null ? null : Purpose.parse(incoming.purpose());
        var refusal = legalBasis.refusal(partner, type, category, purpose);
        if (refusal.isPresent()) {
            return refuseKnownPartner(EEbmsError.EBMS_OTHER, "no legal basis: " + refusal.get().kebab());
        }
        if (incoming.payload().length > properties.maxPayloadBytes()) {
            return refuseKnownPartner(EEbmsError.EBMS_OTHER, "payload of " + incoming.payload().length + " bytes exceeds the maximum of "
                    + properties.maxPayloadBytes());
        }
        var schemaProblem = processor.payloadProblem(type, incoming.payload());
        if (schemaProblem.isPresent()) {
            return refuseKnownPartner(EEbmsError.EBMS_OTHER, "the payload does not follow the schema of " + type + ": "
                    + schemaProblem.get());
        }
        return new Verdict.Accepted(partner);
    }

    private Verdict store(Incoming incoming, String partner) {
        return transaction.execute(status -> {
            var arrival = new InboundMessages.Arrival(incoming.messageId(), partner,
                    new MessageType(incoming.service(), incoming.action()), incoming.category(), incoming.purpose(),
                    incoming.contentType(), incoming.payload(), incoming.rawContentType(), incoming.raw(),
                    Certificates.sha256(incoming.signingCertificate()));
            if (messages.insertIfNew(arrival, clock.instant())) {
                events.record("IN", incoming.messageId(), InboundMessage.State.RECEIVED.name(), "");
                audit.recordAs("as4:" + partner, "EXCHANGE_RECEIVE", "exchange-message", incoming.messageId(),
                        "from " + partner + " " + arrival.type() + ", " + incoming.payload().length + " bytes, stored before the receipt");
                AfterCommit.run(processor::nudge);
                return new Verdict.Accepted(partner);
            }
            String firstSender = messages.senderOf(incoming.messageId()).orElse(partner);
            if (!firstSender.equals(partner)) {
                return new Verdict.Refused(EEbmsError.EBMS_VALUE_INCONSISTENT,
                        "MessageId " + incoming.messageId() + " was used before by another partner", true);
            }
            messages.countDuplicate(incoming.messageId());
            events.record("IN", incoming.messageId(), "DUPLICATE", "receipted again, not processed again");
            audit.recordAs("as4:" + partner, "EXCHANGE_DUPLICATE", "exchange-message", incoming.messageId(),
                    "copy from " + partner + " receipted again, not processed again");
            return new Verdict.Duplicate(partner);
        });
    }

    private static Verdict refuse(EEbmsError error, String detail) {
        return new Verdict.Refused(error, detail);
    }

    private static Verdict refuseKnownPartner(EEbmsError error, String detail) {
        return new Verdict.Refused(error, detail, true);
    }
}
