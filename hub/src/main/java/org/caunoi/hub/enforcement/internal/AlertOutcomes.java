package org.caunoi.hub.enforcement.internal;

import java.time.Clock;

import org.caunoi.hub.exchange.MessageDelivered;
import org.caunoi.hub.exchange.MessageGivenUp;
import org.caunoi.hub.exchange.MessageRefusedByPartner;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Records on each recipient of an operation alert how its delivery ended, so the operation page shows each hub's receipt. */
@Component
class AlertOutcomes {

    private final OperationAlerts alerts;
    private final Clock clock;

    AlertOutcomes(OperationAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MessageDelivered delivered) {
        if (delivered.type().equals(OperationAlert.TYPE)) {
            alerts.outcome(delivered.messageId(), "delivered", delivered.receiptAt(), "");
        }
    }

    @ApplicationModuleListener
    void on(MessageRefusedByPartner refused) {
        if (refused.type().equals(OperationAlert.TYPE)) {
            alerts.outcome(refused.messageId(), "refused-by-partner", clock.instant(), refused.error());
        }
    }

    @ApplicationModuleListener
    void on(MessageGivenUp givenUp) {
        if (givenUp.type().equals(OperationAlert.TYPE)) {
            alerts.outcome(givenUp.messageId(), "given-up", clock.instant(), givenUp.lastError());
        }
    }
}
