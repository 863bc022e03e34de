package org.caunoi.hub.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import javax.xml.parsers.DocumentBuilderFactory;

import com.helger.base.io.stream.HasInputStream;
import com.helger.mime.CMimeType;
import com.helger.phase4.attachment.EAS4CompressionMode;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.client.AS4ClientBuiltMessage;
import com.helger.phase4.client.AS4ClientUserMessage;
import com.helger.phase4.client.IAS4ClientBuildMessageCallback;
import com.helger.phase4.crypto.ECryptoKeyEncryptionAlgorithm;
import com.helger.phase4.crypto.ECryptoKeyIdentifierType;
import com.helger.phase4.ebms3header.Ebms3Property;
import com.helger.phase4.model.ESoapVersion;
import com.helger.phase4.util.AS4ResourceHelper;
import org.apache.wss4j.common.WSS4JConstants;
import org.caunoi.hub.exchange.internal.as4.As4Profile;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;

/**
 * An AS4 user message made by hand in a test with phase4's own client classes, so that each
 * security property can be left out or broken on purpose. By default it is what a partner's hub
 * sends: a Ping from Vietnam to Hong Kong with a gzip-compressed attachment, signed with the given
 * key and encrypted for the given certificate as {@link As4Profile} says.
 */
final class HandMadeMessage {

    static final String VIETNAM = "urn:caunoi:hub:VN";
    static final String HONG_KONG = "urn:caunoi:hub:HK";
    /** As the hubs' own client sends it ({@code As4Profile.SERVICE_TYPE}). */
    private static final String SERVICE_TYPE = "urn:caunoi:service";

    private static final byte[] PAYLOAD = "<Ping xmlns=\"urn:caunoi:exchange:ping:1\"><From>VN</From></Ping>"
            .getBytes(StandardCharsets.UTF_8);

    private byte[] payload = PAYLOAD;
    private byte @Nullable [] compressedPayload;
    private String messageId = "test-" + UUID.randomUUID() + "@caunoi.test";
    private String fromPartyId = VIETNAM;
    private String toPartyId = HONG_KONG;
    private MessageType type = MessageType.PING;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private @Nullable SenderKey signer;
    private @Nullable X509Certificate recipient;
    private boolean payloadInSoapBody;
    private BiConsumer<Document, @Nullable WSS4JAttachment> afterSigning = (soap, attachment) -> {
    };

    private HandMadeMessage() {
    }

    /** A Ping from Vietnam signed with {@code signer} and encrypted for {@code recipient}; null leaves either out. */
    static HandMadeMessage ping(@Nullable SenderKey signer, @Nullable X509Certificate recipient) {
        var message = new HandMadeMessage();
        message.signer = signer;
        message.recipient = recipient;
        return message;
    }

    /** Another content than the well-formed Ping. */
    HandMadeMessage payload(byte[] content) {
        this.payload = content.clone();
        return this;
    }

    /**
     * Sends these bytes as the gzip-compressed payload attachment, as they are: a test can send what
     * no honest gzip stream holds (a bomb, garbage), signed and encrypted all the same.
     */
    HandMadeMessage compressedPayload(byte[] gzipped) {
        this.compressedPayload = gzipped.clone();
        return this;
    }

    HandMadeMessage from(String partyId) {
        this.fromPartyId = partyId;
        return this;
    }

    HandMadeMessage to(String partyId) {
        this.toPartyId = partyId;
        return this;
    }

    /** Another service and action than the Ping's; the payload stays the Ping's unless changed too. */
    HandMadeMessage type(MessageType type) {
        this.type = type;
        return this;
    }

    /** The MessageId of another message, as a replay or a collision would carry it. */
    HandMadeMessage messageId(String messageId) {
        this.messageId = messageId;
        return this;
    }

    HandMadeMessage property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /** Carries the payload in the SOAP body instead of a compressed attachment (the hubs' own client never does). */
    HandMadeMessage payloadInSoapBody() {
        this.payloadInSoapBody = true;
        return this;
    }

    /**
     * Changes the signed SOAP document or the payload attachment (null when the payload is in the
     * SOAP body) after signing and before encryption.
     */
    HandMadeMessage afterSigning(BiConsumer<Document, @Nullable WSS4JAttachment> change) {
        this.afterSigning = change;
        return this;
    }

    WireMessage build() {
        try (AS4ResourceHelper resources = new AS4ResourceHelper()) {
            var client = new AS4ClientUserMessage(resources);
            client.setSoapVersion(ESoapVersion.SOAP_12);
            client.setPMode(As4Profile.pmode(fromPartyId, toPartyId, null), true);
            client.setPModeIDFactory(ignored -> null);
            client.setFromPartyID(fromPartyId);
            client.setServiceType(SERVICE_TYPE);
            client.setServiceValue(type.service());
            client.setAction(type.action());
            client.setConversationID(UUID.randomUUID().toString());
            properties.forEach((name, value) -> {
                var property = new Ebms3Property();
                property.setName(name);
                property.setValue(value);
                client.ebms3Properties().add(property);
            });
            WSS4JAttachment attachment = null;
            if (payloadInSoapBody) {
                client.setPayload(parse(payload).getDocumentElement());
            }
            else {
                attachment = WSS4JAttachment.createOutgoingFileAttachment(payload, null, null, CMimeType.APPLICATION_XML,
                        EAS4CompressionMode.GZIP, null, resources);
                if (compressedPayload != null) {
                    byte[] gzipped = compressedPayload;
                    attachment.setSourceStreamProvider(HasInputStream.multiple(() -> new ByteArrayInputStream(gzipped)));
                }
                client.addAttachment(attachment);
            }
            WSS4JAttachment payloadAttachment = attachment;
            if (signer == null) {
                client.signingParams().setAlgorithmSign(null);
            }
            else {
                client.setCryptoFactorySign(signer.cryptoFactory());
                client.signingParams().setKeyIdentifierType(ECryptoKeyIdentifierType.BST_DIRECT_REFERENCE);
            }
            if (recipient == null) {
                client.cryptParams().setAlgorithmCrypt(null);
            }
            else {
                // Encrypting needs the recipient's certificate only; phase4 still asks for a crypto factory.
                client.setCryptoFactoryCrypt((signer == null ? SenderKey.selfSigned("encrypting only") : signer).cryptoFactory());
                client.cryptParams().setCertificate(recipient)
                        .setKeyIdentifierType(ECryptoKeyIdentifierType.BST_DIRECT_REFERENCE)
                        .setKeyEncAlgorithm(ECryptoKeyEncryptionAlgorithm.RSA_OAEP_XENC11)
                        .setMGFAlgorithm(WSS4JConstants.MGF_SHA256)
                        .setDigestAlgorithm(WSS4JConstants.SHA256);
            }
            AS4ClientBuiltMessage built = client.buildMessage(messageId, new IAS4ClientBuildMessageCallback() {
                @Override
                public void onSignedSoapDocument(Document soap) {
                    afterSigning.accept(soap, payloadAttachment);
                }
            });
            var body = new ByteArrayOutputStream();
            built.getHttpEntity().writeTo(body);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", built.getHttpEntity().getContentType());
            if (built.hasCustomHttpHeaders()) {
                built.getAllCustomHttpHeaders().forEachSingleHeader(headers::put, true);
            }
            return new WireMessage(messageId, headers, body.toByteArray());
        }
        catch (Exception e) {
            throw new IllegalStateException("Cannot build the hand-made AS4 message", e);
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
