package org.caunoi.hub.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.crypto.BadPaddingException;

import com.helger.annotation.Nonempty;
import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.dump.IAS4IncomingDumper;
import com.helger.phase4.ebms3header.Ebms3Error;
import com.helger.phase4.ebms3header.Ebms3Property;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4Error;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.IAS4RequestHandlerErrorConsumer;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.error.EEbmsError;
import com.helger.phase4.model.message.AS4ErrorMessage;
import com.helger.phase4.model.pmode.IPMode;
import org.apache.wss4j.dom.processor.SignatureProcessor;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * The bridge from phase4 to our inbox for one request: phase4 has parsed, verified and decrypted
 * the message; we check what phase4 lets pass (unsigned or unencrypted messages, the sender's
 * identity and certificate), store it and only then let phase4 write the signed receipt. What
 * phase4 refuses itself goes into the audit trail too.
 */
final class As4Receiver implements IAS4ProcessorAndDumper, IAS4RequestHandlerErrorConsumer {

    private static final Locale ERROR_LOCALE = Locale.ENGLISH;

    private final Inbox inbox;
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private @Nullable String rawContentType;
    private boolean reachedInbox;

    As4Receiver(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public AS4MessageProcessorResult processAS4UserMessage(IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers,
            Ebms3UserMessage message, IPMode pmode, @Nullable Node payloadNode,
            @Nullable ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state, AS4ErrorList errors) {
        reachedInbox = true;
        String messageId = message.getMessageInfo().getMessageId();
        var collaboration = message.getCollaborationInfo();
        String category = null;
        String purpose = null;
        if (message.getMessageProperties() != null) {
            for (Ebms3Property property : message.getMessageProperties().getProperty()) {
                if (As4Client.CATEGORY.equals(property.getName())) {
                    category = property.getValue();
                }
                else if (As4Client.PURPOSE.equals(property.getName())) {
                    purpose = property.getValue();
                }
            }
        }
        WSS4JAttachment payload = attachments == null || attachments.isEmpty() ? null : attachments.getFirstOrNull();
        // Our hubs send the payload as a compressed attachment; ebMS also allows it in the SOAP body.
        byte[] content = payload != null ? read(payload) : payloadNode != null ? serialize(payloadNode) : new byte[0];
        String contentType = payload == null ? (payloadNode != null ? "application/xml" : "application/octet-stream")
                : payload.getUncompressedMimeType() == null ? "application/octet-stream" : payload.getUncompressedMimeType();
        var incoming = new Inbox.Incoming(messageId, message.getPartyInfo().getFrom().getPartyIdAtIndex(0).getValue(),
                message.getPartyInfo().getTo().getPartyIdAtIndex(0).getValue(), collaboration.getServiceValue(),
                collaboration.getAction(), category, purpose, contentType, content, rawContentType,
                raw.size() == 0 ? null : raw.toByteArray(), state.isSoapSignatureChecked(),
                // Not hasDecryptedAttachments(): phase4 fills that list whenever WS-Security ran, so a
                // message that was only signed had it too. WSS4J's ENCR action means our key decrypted it.
                state.isSoapDecrypted(), state.getSigningCertificate(), metadata.getRemoteAddr());
        Inbox.Verdict verdict = inbox.accept(incoming);
        if (verdict instanceof Inbox.Verdict.Refused refused) {
            errors.add(refused.error().errorBuilder(ERROR_LOCALE).refToMessageInError(messageId)
                    .errorDetail(refused.detail()).build());
            return AS4MessageProcessorResult.createFailure();
        }
        return AS4MessageProcessorResult.createSuccess();
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
        // The initiator is the From party the message claims, known once its ebMS header was read.
        inbox.recordRefusal(state.getMessageID(), state.getInitiatorID(),
                String.join("; ", errors.getAllMapped(As4Receiver::describe)), metadata.getRemoteAddr());
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

    @Override
    public AS4SignalMessageProcessorResult processAS4SignalMessage(IAS4IncomingMessageMetadata metadata,
            HttpHeaderMap headers, Ebms3SignalMessage signal, @Nullable IPMode pmode, IAS4IncomingMessageState state,
            AS4ErrorList errors) {
        // Receipts come back on the sender's own HTTP response; none are pushed to this endpoint.
        return AS4SignalMessageProcessorResult.createSuccess();
    }

    @Override
    public void processAS4ResponseMessage(IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state,
            @Nonempty String responseMessageId, byte @Nullable [] responseBytes, boolean responsePayloadIsAvailable,
            AS4ErrorList errors) {
    }

    @Override
    public OutputStream onNewRequest(IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers) {
        rawContentType = headers.getFirstHeaderValue("Content-Type");
        return raw;
    }

    @Override
    public void onEndRequest(IAS4IncomingMessageMetadata metadata, @Nullable Exception failure) {
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

    private static byte[] read(WSS4JAttachment attachment) {
        try (InputStream in = attachment.getSourceStream()) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

/** One object per request serves as phase4's processor and as the dumper that keeps the raw request. */
interface IAS4ProcessorAndDumper extends IAS4IncomingMessageProcessorSPI, IAS4IncomingDumper {
}
