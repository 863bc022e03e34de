package org.caunoi.hub.enforcement.internal;

import java.time.Clock;
import java.util.Set;

import org.caunoi.hub.exchange.FollowedMessageTypes;
import org.caunoi.hub.exchange.MessageDelivered;
import org.caunoi.hub.exchange.MessageGivenUp;
import org.caunoi.hub.exchange.MessageRefusedByPartner;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.platform.events.ModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records how each delivery ended, as the exchange tells it, on the shared version of a case or the
 * recipient of an operation alert the message was (the other's update finds no row), so the case
 * and the operation page show "receipt at …". It follows the two types those are sent as, so the
 * exchange tells no outcome of other messages. Told twice, an outcome is written over itself.
 */
@Component
class ShareOutcomes implements FollowedMessageTypes {

    private final ShareStore shares;
    private final OperationAlerts alerts;
    private final Clock clock;

    ShareOutcomes(ShareStore shares, OperationAlerts alerts, Clock clock) {
        this.shares = shares;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public Set<MessageType> followed() {
        return Set.of(CaseReport.TYPE, OperationAlert.TYPE);
    }

    @ModuleListener
    void on(MessageDelivered delivered) {
        shares.outcome(delivered.messageId(), "delivered", delivered.receiptAt(), "");
        alerts.outcome(delivered.messageId(), "delivered", delivered.receiptAt(), "");
    }

    @ModuleListener
    void on(MessageRefusedByPartner refused) {
        shares.outcome(refused.messageId(), "refused-by-partner", clock.instant(), refused.error());
        alerts.outcome(refused.messageId(), "refused-by-partner", clock.instant(), refused.error());
    }

    @ModuleListener
    void on(MessageGivenUp givenUp) {
        shares.outcome(givenUp.messageId(), "given-up", clock.instant(), givenUp.lastError());
        alerts.outcome(givenUp.messageId(), "given-up", clock.instant(), givenUp.lastError());
    }
}
