package org.caunoi.hub.enforcement.internal;

import java.time.Clock;

import org.caunoi.hub.exchange.MessageDelivered;
import org.caunoi.hub.exchange.MessageGivenUp;
import org.caunoi.hub.exchange.MessageRefusedByPartner;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Records on each shared version how its delivery ended, as the exchange tells it, so the case shows "receipt at …". */
@Component
class ShareOutcomes {

    private final ShareStore shares;
    private final Clock clock;

    ShareOutcomes(ShareStore shares, Clock clock) {
        this.shares = shares;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MessageDelivered delivered) {
        shares.outcome(delivered.messageId(), "delivered", delivered.receiptAt(), "");
    }

    @ApplicationModuleListener
    void on(MessageRefusedByPartner refused) {
        shares.outcome(refused.messageId(), "refused-by-partner", clock.instant(), refused.error());
    }

    @ApplicationModuleListener
    void on(MessageGivenUp givenUp) {
        shares.outcome(givenUp.messageId(), "given-up", clock.instant(), givenUp.lastError());
    }
}
