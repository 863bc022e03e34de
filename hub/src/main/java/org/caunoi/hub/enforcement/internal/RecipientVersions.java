package org.caunoi.hub.enforcement.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadVersions;
import org.springframework.stereotype.Component;

/**
 * The recipients of one send grouped by the payload version their hubs take, so each group gets one
 * payload it can read: a partner of this release the current version, one of an earlier release version 1.
 */
@Component
class RecipientVersions {

    private final PayloadVersions versions;

    RecipientVersions(PayloadVersions versions) {
        this.versions = versions;
    }

    /** The version one recipient's hub takes. */
    int of(MessageType type, String recipient) {
        return versions.writtenFor(recipient, type);
    }

    /** Version → recipients taking it, in the order the recipients were given. */
    Map<Integer, List<String>> of(MessageType type, List<String> recipients) {
        Map<Integer, List<String>> byVersion = new LinkedHashMap<>();
        recipients.forEach(partner -> byVersion.computeIfAbsent(of(type, partner), version -> new ArrayList<>())
                .add(partner));
        return byVersion;
    }
}
