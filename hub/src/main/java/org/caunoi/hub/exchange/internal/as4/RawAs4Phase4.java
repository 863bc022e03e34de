package org.caunoi.hub.exchange.internal.as4;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.model.pmode.IPMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.Threading;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.exchange.rawas4.RawAs4;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.w3c.dom.Node;

/** {@link RawAs4} with the hub's own {@link As4Client} and the request handler of its {@code /as4} endpoint. */
@Component
class RawAs4Phase4 implements RawAs4 {

    private final As4Client client;
    private final As4Crypto crypto;
    private final PartnerEndpoints endpoints;

    RawAs4Phase4(As4Client client, As4Crypto crypto, PartnerEndpoints endpoints) {
        this.client = client;
        this.crypto = crypto;
        this.endpoints = endpoints;
    }

    @Override
    public Outcome send(String partnerCode, String endpointUrl, MessageType type, DataCategory category, Purpose purpose,
            String contentType, byte[] payload) {
        PartnerEndpoint registered = endpoints.of(partnerCode)
                .orElseThrow(() -> new IllegalArgumentException("No endpoint for partner " + partnerCode));
        var endpoint = new PartnerEndpoint(registered.partnerCode(), registered.partyId(), endpointUrl,
                registered.certificate(), registered.keyReference());
        var message = new As4Client.UserMessage(UUID.randomUUID() + "@raw-as4", type, category.kebab(), purpose.kebab(),
                contentType, payload, Threading.NONE);
        As4Client.Outcome outcome = client.send(message, endpoint);
        boolean delivered = outcome.result() == As4Client.Outcome.Result.DELIVERED && outcome.receiptRaw() != null;
        return new Outcome(delivered, delivered ? "" : outcome.result() + ": " + outcome.detail());
    }

    @Override
    public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var metadata = As4ServletAnswer.metadataOf(request);
        var answer = new As4ServletAnswer();
        try (AS4RequestHandler handler = As4Endpoint.requestHandler(metadata, crypto, new AcceptAll())) {
            handler.handleRequest(request.getInputStream(), metadata.getAllHttpHeaders(), answer);
        }
        catch (Exception e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.toString());
            return;
        }
        answer.writeTo(response);
    }

    /** Reads the payload (so it is decrypted and decompressed, as the hub does) and accepts it. */
    private static final class AcceptAll extends UserMessageProcessor {

        @Override
        public AS4MessageProcessorResult processAS4UserMessage(IAS4IncomingMessageMetadata metadata,
                HttpHeaderMap headers, Ebms3UserMessage message, IPMode pmode, @Nullable Node payloadNode,
                @Nullable ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state, AS4ErrorList errors) {
            if (attachments != null) {
                for (WSS4JAttachment attachment : attachments) {
                    try (InputStream in = attachment.getSourceStream()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                    catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return AS4MessageProcessorResult.createSuccess();
        }
    }
}
