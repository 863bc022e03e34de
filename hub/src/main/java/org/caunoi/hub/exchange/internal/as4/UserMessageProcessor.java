package org.caunoi.hub.exchange.internal.as4;

import com.helger.annotation.Nonempty;
import com.helger.http.header.HttpHeaderMap;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.pmode.IPMode;
import org.jspecify.annotations.Nullable;

/**
 * A phase4 processor for user messages only: signals pass, since receipts come back on the sender's
 * own HTTP response and none are pushed to a hub, and the one-way profile has no response leg.
 */
abstract class UserMessageProcessor implements IAS4IncomingMessageProcessorSPI {

    @Override
    public AS4SignalMessageProcessorResult processAS4SignalMessage(IAS4IncomingMessageMetadata metadata,
            HttpHeaderMap headers, Ebms3SignalMessage signal, @Nullable IPMode pmode, IAS4IncomingMessageState state,
            AS4ErrorList errors) {
        return AS4SignalMessageProcessorResult.createSuccess();
    }

    @Override
    public void processAS4ResponseMessage(IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state,
            @Nonempty String responseMessageId, byte @Nullable [] responseBytes, boolean responsePayloadIsAvailable,
            AS4ErrorList errors) {
    }
}
