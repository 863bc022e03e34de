package org.caunoi.hub.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.helger.annotation.Nonempty;
import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.dump.IAS4IncomingDumper;
import com.helger.phase4.ebms3header.Ebms3Property;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.pmode.IPMode;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * The bridge from phase4 to our inbox for one request: phase4 has parsed, verified and decrypted
 * the message; we check what phase4 lets pass (unsigned or unencrypted messages, the sender's
 * identity and certificate), store it and only then let phase4 write the signed receipt.
 */
final class As4Receiver implements IAS4ProcessorAndDumper {

    private static final Locale ERROR_LOCALE = Locale.ENGLISH;

    private final Inbox inbox;
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private @Nullable String rawContentType;

    As4Receiver(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public AS4MessageProcessorResult processAS4UserMessage(IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers,
            Ebms3UserMessage message, IPMode pmode, @Nullable Node payloadNode,
            @Nullable ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state, AS4ErrorList errors) {
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
        byte[] content = payload == null ? new byte[0] : read(payload);
        String contentType = payload == null || payload.getUncompressedMimeType() == null ? "application/octet-stream"
                : payload.getUncompressedMimeType();
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
