package org.caunoi.hub.partners;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an agreement lets pass: the data categories, whether personal data may be among them, the
 * purposes the receiver may use it for, whether passing it on needs the sender's consent, and the
 * days a requested administration has to answer.
 */
public record ExchangeProfile(Set<DataCategory> categories, boolean personalDataAllowed, Set<Purpose> purposes,
        boolean onwardTransmissionNeedsConsent, @Nullable Integer answerDeadlineDays) {

    public ExchangeProfile {
        categories = Set.copyOf(categories);
        purposes = Set.copyOf(purposes);
    }

    public static ExchangeProfile none() {
        return new ExchangeProfile(Set.of(), false, Set.of(), true, null);
    }
}
