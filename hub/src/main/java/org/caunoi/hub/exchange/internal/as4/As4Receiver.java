package org.caunoi.hub.exchange.internal.as4;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.BadPaddingException;

import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.phase4.attachment.AS4DecompressException;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.ebms3header.Ebms3Error;
import com.helger.phase4.ebms3header.Ebms3PartyId;
import com.helger.phase4.ebms3header.Ebms3Property;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4Error;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.IAS4RequestHandlerErrorConsumer;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.model.error.EEbmsError;
import com.helger.phase4.model.message.AS4ErrorMessage;
import com.helger.phase4.model.pmode.IPMode;
import org.apache.wss4j.dom.processor.SignatureProcessor;
import org.caunoi.hub.exchange.internal.SenderText;
import org.caunoi.hub.exchange.internal.inbox.Inbox;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Node;

/**
 * The bridge from phase4 to our inbox for one request: phase4 has parsed, verified and decrypted
 * the message; we check what phase4 lets pass (unsigned or unencrypted messages, the sender's
 * identity and certificate), store it and only then let phase4 write the signed receipt. What
 * phase4 refuses itself goes into the audit trail too.
 */
final class As4Receiver extends UserMessageProcessor implements IAS4RequestHandlerErrorConsumer {

    private static final Logger log = LoggerFactory.getLogger(As4Receiver.class);
    private static final Locale ERROR_LOCALE = Locale.ENGLISH;

    private final Inbox inbox;
    private final Inbox.Source raw;
    private boolean reachedInbox;

    /** @param raw the request as it came, spooled by the endpoint before phase4 parsed it */
    As4Receiver(Inbox inbox, Inbox.Source raw) {
        this.inbox = inbox;
        this.raw = raw;
    }

    @Override
    public AS4MessageProcessorResult processAS4UserMessage(IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers,
            Ebms3UserMessage message, IPMode pmode, @Nullable Node payloadNode,
            @Nullable ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state, AS4ErrorList errors) {
        reachedInbox = true;
        String messageId = checked(checked(message.getMessageInfo(), "MessageInfo").getMessageId(), "MessageId");
        try {
            Inbox.Verdict verdict = inbox.accept(incoming(metadata, headers, message, payloadNode, attachments, state));
            if (verdict instanceof Inbox.Verdict.Refused refused) {
                errors.add(refused.error().errorBuilder(ERROR_LOCALE).refToMessageInError(messageId)
                        .errorDetail(refused.detail()).build());
                return AS4MessageProcessorResult.createFailure();
            }
            return AS4MessageProcessorResult.createSuccess();
        }
        catch (RuntimeException e) {
            // Our own fault (the database, a bug): the stack trace is ours to read, not the sender's.
            log.error("AS4 message {} from {} could not be taken", SenderText.clip(messageId, 100), metadata.getRemoteAddr(), e);
            errors.add(EEbmsError.EBMS_OTHER.errorBuilder(ERROR_LOCALE).refToMessageInError(messageId)
                    .errorDetail("the receiving hub could not take the message now; send it again later").build());
            return AS4MessageProcessorResult.createFailure();
        }
    }

    private Inbox.Incoming incoming(IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers, Ebms3UserMessage message,
            @Nullable Node payloadNode, @Nullable ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state) {
        var collaboration = checked(message.getCollaborationInfo(), "CollaborationInfo");
        var parties = checked(message.getPartyInfo(), "PartyInfo");
        var properties = new java.util.HashMap<String, String>();
        if (message.getMessageProperties() != null) {
            for (Ebms3Property property : message.getMessageProperties().getProperty()) {
                properties.putIfAbsent(property.getName(), property.getValue());
            }
        }
        var threading = new Inbox.RawThreading(properties.get(As4Client.IN_REPLY_TO),
                collaboration.getConversationId(), properties.get(As4Client.VERSION), properties.get(As4Client.CHANGE),
                properties.get(As4Client.CAVEATS));
        WSS4JAttachment attachment = attachments == null || attachments.isEmpty() ? null : attachments.getFirstOrNull();
        // Our hubs send the payload as a compressed attachment; ebMS also allows it in the SOAP body.
        // Either is opened only once the inbox knows the sender, and read no further than the limit.
        Inbox.Source payload = attachment != null ? () -> open(attachment)
                : payloadNode != null ? () -> new ByteArrayInputStream(serialize(payloadNode)) : InputStream::nullInputStream;
        String contentType = attachment == null ? (payloadNode != null ? "application/xml" : "application/octet-stream")
                : attachment.getUncompressedMimeType() == null ? "application/octet-stream" : attachment.getUncompressedMimeType();
        return new Inbox.Incoming(checked(checked(message.getMessageInfo(), "MessageInfo").getMessageId(), "MessageId"),
                partyId(checked(parties.getFrom(), "From").getPartyIdAtIndex(0)),
                partyId(checked(parties.getTo(), "To").getPartyIdAtIndex(0)),
                checked(collaboration.getServiceValue(), "Service"), checked(collaboration.getAction(), "Action"), properties.get(As4Client.CATEGORY), properties.get(As4Client.PURPOSE), threading,
                contentType, payload,
                headers.getFirstHeaderValue("Content-Type"), raw, state.isSoapSignatureChecked(),
                // Not hasDecryptedAttachments(): phase4 fills that list whenever WS-Security ran, so a
                // message that was only signed had it too. WSS4J's ENCR action means our key decrypted it.
                state.isSoapDecrypted(), state.getSigningCertificate(), metadata.getRemoteAddr());
    }

    /**
     * A part of the user message that the ebMS3 schema requires and phase4 has checked before it
     * hands the message over; the JAXB getters cannot know that, so it is asserted here.
     */
    private static <T> T checked(@Nullable T value, String element) {
        return Objects.requireNonNull(value, () -> "phase4 handed over a user message without its " + element);
    }

    private static String partyId(@Nullable Ebms3PartyId partyId) {
        return checked(checked(partyId, "PartyId").getValue(), "PartyId");
    }

    /**
     * Called for every ebMS error phase4 answers with. The inbox records its own refusals; this
     * records those phase4 made before the message reached it. phase4 answers every WS-Security
     * failure with EBMS:0102 FailedDecryption; a failed signature check (a message changed after
     * signing, a certificate nobody trusts) becomes EBMS:0101 FailedAuthentication, as ebMS 3.0
     * Core section 6.7.2 defines them: 0101 a signature that "could not be validated", 0102 data
     * that "could not be decrypted".
     */
    @Override
    public void onAS4ErrorMessage(IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state,
            AS4ErrorList errors, AS4ErrorMessage answer) {
        if (reachedInbox) {
            return;
        }
        if (signatureCheckFailed(state.getSoapWSS4JException())) {
            // phase4 4.4.1 writes the answer from these same objects after this call returns;
            // InboundSecurityTest fails if a later version stops doing so.
            for (AS4Error error : errors) {
                if (EEbmsError.EBMS_FAILED_DECRYPTION.getErrorCode().equals(error.getEbmsError().getErrorCode())) {
                    relabel(error.getEbmsError(), EEbmsError.EBMS_FAILED_AUTHENTICATION);
                }
            }
        }
        String answered = String.join("; ", errors.getAllMapped(As4Receiver::describe));
        log.info("AS4 request from {} refused: {}", metadata.getRemoteAddr(), SenderText.clip(answered, 300));
        // The sender learns the error and its standard description, not what phase4 found inside it:
        // the details name our libraries' classes and repeat what the sender wrote.
        for (AS4Error error : errors) {
            error.getEbmsError().setErrorDetail(null);
        }
        // The initiator is the From party the message claims, known once its ebMS header was read.
        inbox.recordRefusal(state.getMessageID(), state.getInitiatorID(), answered, metadata.getRemoteAddr());
    }

    /**
     * WSS4J's exception does not say whether a signature or a decryption failed, only where it was
     * raised. An encrypted attachment is decrypted while the signature over it is checked, so a
     * cipher that rejects its data (AES-GCM tag, padding) still means "could not be decrypted".
     */
    private static boolean signatureCheckFailed(@Nullable Exception failure) {
        boolean inSignatureCheck = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadPaddingException) {
                return false;
            }
            for (StackTraceElement frame : cause.getStackTrace()) {
                inSignatureCheck |= SignatureProcessor.class.getName().equals(frame.getClassName());
            }
        }
        return inSignatureCheck;
    }

    private static void relabel(Ebms3Error error, EEbmsError as) {
        Ebms3Error model = as.errorBuilder(ERROR_LOCALE).build();
        error.setErrorCode(model.getErrorCode());
        error.setShortDescription(model.getShortDescription());
        error.setDescription(model.getDescription());
        error.setCategory(model.getCategory());
        error.setSeverity(model.getSeverity());
    }

    private static String describe(AS4Error error) {
        Ebms3Error ebms = error.getEbmsError();
        return ebms.getErrorCode() + " " + ebms.getShortDescription()
                + (ebms.getErrorDetail() == null ? "" : ": " + ebms.getErrorDetail());
    }

    private static byte[] serialize(Node node) {
        try {
            var factory = javax.xml.transform.TransformerFactory.newInstance();
            factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            var out = new ByteArrayOutputStream();
            transformer.transform(new javax.xml.transform.dom.DOMSource(node), new javax.xml.transform.stream.StreamResult(out));
            return out.toByteArray();
        }
        catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("Cannot write the SOAP body payload", e);
        }
    }

    /** The attachment's content, decompressed as it is read; phase4 reports a broken gzip header unchecked. */
    private static InputStream open(WSS4JAttachment attachment) throws IOException {
        try {
            return attachment.getSourceStream();
        }
        catch (AS4DecompressException | UncheckedIOException e) {
            throw new IOException(e.getCause() == null ? e : e.getCause());
        }
    }
}
