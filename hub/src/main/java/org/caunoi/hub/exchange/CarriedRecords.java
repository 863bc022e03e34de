package org.caunoi.hub.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;

/**
 * What record a message carries, told by the module that sent or took it, so the exchange screens link a
 * message to its record without knowing the modules above them. A module registers one bean; the
 * exchange asks each in turn, a whole page of messages at once. Need to know is the module's rule: an officer who may not open the record
 * gets nothing, neither link nor title.
 */
public interface CarriedRecords {

    /**
     * The record of this module the message carries, if the officer may open it; empty for a message of
     * another module, one that carries no record of this hub, or a record the officer may not see.
     */
    default Optional<CarriedRecord> carriedBy(CarriedMessage message, CurrentOfficer officer) {
        return Optional.ofNullable(carriedBy(List.of(message), officer).get(message));
    }

    /**
     * The records of this module the messages carry, each by its message, as {@link #carriedBy(CarriedMessage,
     * CurrentOfficer)} gives them one by one; a message that carries none the officer may open is left out. A list
     * asks once for its page, and a module answers in a few queries whatever the page's length, not one a message.
     */
    Map<CarriedMessage, CarriedRecord> carriedBy(List<CarriedMessage> messages, CurrentOfficer officer);

    /**
     * A message as the exchange stored it.
     *
     * @param outbound whether this hub sent it (else it received it)
     * @param type its type as {@code service/action}, as the exchange lists show it
     * @param inReplyTo the message it answers or refers to, if any (what a reminder names its request by)
     */
    record CarriedMessage(boolean outbound, String messageId, String partnerCode, String type,
            @Nullable String inReplyTo) {
    }

    /**
     * A record a message carries: what kind of record it is (a message key of the owning module), its title
     * (a reference, never nominal data) and the page that shows it.
     */
    record CarriedRecord(String kindKey, String title, String path) {
    }
}
