package org.caunoi.hub.exchange.internal.as4;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.helger.http.header.HttpHeaderMap;
import com.helger.mime.parse.MimeTypeParser;
import com.helger.phase4.attachment.AS4OutgoingAttachment;
import com.helger.phase4.crypto.ECryptoKeyEncryptionAlgorithm;
import com.helger.phase4.crypto.ECryptoKeyIdentifierType;
import com.helger.phase4.dump.IAS4OutgoingDumper;
import com.helger.phase4.ebms3header.Ebms3Error;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.messaging.EAS4MessageMode;
import com.helger.phase4.messaging.http.HttpRetrySettings;
import com.helger.phase4.model.MessageProperty;
import com.helger.phase4.sender.AS4Sender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import com.helger.phase4.util.Phase4Exception;
import jakarta.annotation.PreDestroy;
import org.apache.wss4j.common.WSS4JConstants;
import org.caunoi.hub.exchange.Caveat;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.Revision;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.exchange.internal.keys.Certificates;
import org.caunoi.hub.platform.HubProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends one user message to a partner's hub with phase4, signed and encrypted as {@link As4Profile}
 * says, and reports what came back: the signed receipt, the partner's ebMS errors, or no answer.
 */
@Component
public class As4Client {

    /** Message properties that carry the legal-basis facts to the receiving hub. */
    static final String CATEGORY = "caunoi:category";
    static final String PURPOSE = "caunoi:purpose";
    /** Message properties of a shared record's version and of the handling caveats (docs/as4-profile.md). */
    static final String VERSION = "caunoi:version";
    static final String CHANGE = "caunoi:change";
    static final String CAVEATS = "caunoi:caveats";
    /**
     * The MessageId a message answers. Not ebMS RefToMessageId: phase4 reads that on a user message
     * as the second leg of a two-way exchange, which the one-way profile has none of, and refuses it
     * (EBMS:0010).
     */
    static final String IN_REPLY_TO = "caunoi:in-reply-to";

    /*
     * How the recorded detail of a failed attempt begins, for the reasons the screens explain in an
     * officer's words (DeliveryErrors): the detail is the one record of why, so its start is the code.
     */
    /** This hub has no key of its own to sign with. */
    public static final String NO_KEYSTORE = "this hub has no keystore yet";
    /** The partner's endpoint has no certificate to encrypt for. */
    public static final String NO_CERTIFICATE = "no certificate registered for ";
    /** An answer came back but could not be verified. */
    public static final String UNVERIFIED_ANSWER = "the answer from ";

    private final As4Crypto crypto;
    private final String ownPartyId;
    private final PooledHttpPoster poster = new PooledHttpPoster();

    As4Client(As4Crypto crypto, HubProperties hub, ExchangeProperties properties) {
        this.crypto = crypto;
        this.ownPartyId = properties.partyIdOf(hub.node());
    }

    @PreDestroy
    void closeConnections() {
        poster.close();
    }

    /**
     * What goes into one user message. The outbox's row carries more (its state, its attempts), which
     * the transport neither needs nor should know: the outbox depends on AS4, not the other way round.
     */
    public record UserMessage(String messageId, MessageType type, @Nullable String category, @Nullable String purpose,
            String contentType, byte[] payload, Threading threading) {
    }

    /** What one attempt achieved. */
    public record Outcome(Result result, String detail, byte @Nullable [] sentRaw, byte @Nullable [] receiptRaw) {

        /** Delivered, refused by the partner for good, or worth another try later. */
        public enum Result {
            DELIVERED, REFUSED, RETRY
        }
    }

    public Outcome send(UserMessage message, PartnerEndpoint endpoint) {
        if (!crypto.ready()) {
            return new Outcome(Outcome.Result.RETRY, NO_KEYSTORE + ", so it cannot sign", null, null);
        }
        if (endpoint.certificate() == null) {
            return new Outcome(Outcome.Result.RETRY, NO_CERTIFICATE + endpoint.partnerCode(), null, null);
        }
        ECryptoKeyIdentifierType reference = endpoint.keyReference() == PartnerEndpoint.KeyReference.SKI
                ? ECryptoKeyIdentifierType.SKI_KEY_IDENTIFIER : ECryptoKeyIdentifierType.BST_DIRECT_REFERENCE;
        var sent = new ByteArrayOutputStream();
        var receipt = new AtomicReference<byte @Nullable []>();
        var receiptSigner = new AtomicReference<ReceiptSigner>(ReceiptSigner.NONE);
        List<String> errors = new ArrayList<>();
        var builder = AS4Sender.builderUserMessage()
                .as4ProfileID(As4Profile.ID)
                .pmode(As4Profile.pmode(ownPartyId, endpoint.partyId(), endpoint.endpointUrl()))
                .cryptoFactory(crypto.factory())
                .receiverCertificate(endpoint.certificate())
                .withSigningParams(signing -> signing.setKeyIdentifierType(reference))
                .withCryptParams(crypt -> crypt.setKeyIdentifierType(reference)
                        .setKeyEncAlgorithm(ECryptoKeyEncryptionAlgorithm.RSA_OAEP_XENC11)
                        .setMGFAlgorithm(WSS4JConstants.MGF_SHA256)
                        .setDigestAlgorithm(WSS4JConstants.SHA256))
                .customHttpPoster(poster)
                .httpRetrySettings(new HttpRetrySettings().setMaxRetries(0))
                .messageID(message.messageId())
                .fromPartyID(ownPartyId)
                .fromRole(com.helger.phase4.CAS4.DEFAULT_INITIATOR_URL)
                .toPartyID(endpoint.partyId())
                .toRole(com.helger.phase4.CAS4.DEFAULT_RESPONDER_URL)
                .agreementRef(As4Profile.AGREEMENT)
                .service(As4Profile.SERVICE_TYPE, message.type().service())
                .action(message.type().action())
                .endpointURL(endpoint.endpointUrl())
                .payload(AS4OutgoingAttachment.builder()
                        .data(message.payload())
                        .mimeType(MimeTypeParser.safeParseMimeType(message.contentType()))
                        .compressionGZIP())
                .outgoingDumper(new CapturingDumper(sent))
                .rawResponseConsumer(response -> receipt.set(response.getResponseContent()))
                .signalMsgConsumer((signal, metadata, state) -> {
                    receiptSigner.set(state.isSoapSignatureChecked() && state.getSigningCertificate() != null
                            ? new ReceiptSigner(state.getSigningCertificate()) : ReceiptSigner.NONE);
                    for (Ebms3Error error : signal.getError()) {
                        errors.add(error.getErrorCode() + " " + error.getShortDescription()
                                + (error.getErrorDetail() == null ? "" : ": " + error.getErrorDetail()));
                    }
                });
        if (message.category() != null && message.purpose() != null) {
            builder.addMessageProperty(MessageProperty.builder().name(CATEGORY).value(message.category()))
                    .addMessageProperty(MessageProperty.builder().name(PURPOSE).value(message.purpose()));
        }
        Threading threading = message.threading();
        if (threading.inReplyTo() != null) {
            builder.addMessageProperty(MessageProperty.builder().name(IN_REPLY_TO).value(threading.inReplyTo()));
        }
        Revision revision = threading.revision();
        if (revision != null) {
            builder.conversationID(revision.conversation())
                    .addMessageProperty(MessageProperty.builder().name(VERSION).value(Integer.toString(revision.version())))
                    .addMessageProperty(MessageProperty.builder().name(CHANGE).value(revision.change().kebab()));
        }
        if (!threading.caveats().isEmpty()) {
            builder.addMessageProperty(MessageProperty.builder().name(CAVEATS).value(threading.caveats().stream()
                    .map(Caveat::kebab).sorted().collect(java.util.stream.Collectors.joining(" "))));
        }
        var failure = new AtomicReference<Phase4Exception>();
        EAS4UserMessageSendResult result = builder.sendMessageAndCheckForReceipt(failure::set);
        byte[] raw = sent.size() == 0 ? null : sent.toByteArray();
        return switch (result) {
            case SUCCESS -> receiptSigner.get().isPartner(endpoint)
                    ? new Outcome(Outcome.Result.DELIVERED, "", raw, receipt.get())
                    : new Outcome(Outcome.Result.RETRY, receiptSigner.get().problemFor(endpoint), raw, null);
            case AS4_ERROR_MESSAGE_RECEIVED -> new Outcome(Outcome.Result.REFUSED,
                    errors.isEmpty() ? "ebMS error" : String.join("; ", errors), raw, receipt.get());
            default -> new Outcome(Outcome.Result.RETRY, receipt.get() != null && failedVerification(failure.get())
                    ? UNVERIFIED_ANSWER + endpoint.partnerCode() + " could not be verified: " + rootMessage(failure.get())
                    : result.getID() + (failure.get() == null ? "" : ": " + rootMessage(failure.get())), raw, null);
        };
    }

    /**
     * Whether WSS4J refused the partner's answer: its signature, or the certificate it was signed with
     * (issued by an authority this hub does not trust, say). The partner's hub was reached; the two
     * hubs do not hold each other's current certificates.
     */
    private static boolean failedVerification(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.wss4j.common.ext.WSSecurityException
                    || cause instanceof java.security.GeneralSecurityException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who signed the receipt, as WSS4J verified it. phase4 counts any receipt that refers to the
     * message as success, even an unsigned one or one signed by another party its trust store
     * knows (the demo CA issues every partner's certificate), so the partner's registered
     * certificate is checked here, as the inbox checks it for every message.
     */
    private record ReceiptSigner(@Nullable X509Certificate certificate) {

        static final ReceiptSigner NONE = new ReceiptSigner(null);

        boolean isPartner(PartnerEndpoint endpoint) {
            return Certificates.same(endpoint.certificate(), certificate);
        }

        String problemFor(PartnerEndpoint endpoint) {
            return certificate == null
                    ? "the receipt is not signed, so it does not prove that " + endpoint.partnerCode() + " received the message"
                    : "the receipt is signed by " + certificate.getSubjectX500Principal().getName()
                            + ", not with the certificate registered for " + endpoint.partnerCode();
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }

    /** Keeps the signed and encrypted request as it went on the wire, for non-repudiation. */
    private record CapturingDumper(ByteArrayOutputStream target) implements IAS4OutgoingDumper {

        @Override
        public OutputStream onBeginRequest(EAS4MessageMode mode, @Nullable IAS4IncomingMessageMetadata metadata,
                @Nullable IAS4IncomingMessageState state, String messageId, @Nullable HttpHeaderMap headers, int attempt) {
            target.reset();
            return new java.io.FilterOutputStream(target) {
                @Override
                public void close() {
                    // The capture outlives phase4's stream.
                }
            };
        }

        @Override
        public void onEndRequest(EAS4MessageMode mode, @Nullable IAS4IncomingMessageMetadata metadata,
                @Nullable IAS4IncomingMessageState state, String messageId, @Nullable Exception failure) {
        }
    }
}
