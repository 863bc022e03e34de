package org.caunoi.hub.exchange.internal.versions;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.caunoi.hub.exchange.MessageHandler;
import org.caunoi.hub.exchange.MessageType;
import org.springframework.stereotype.Component;

/**
 * The versions of each payload this hub writes and takes, read from its handlers' schemas (the
 * current one and the earlier ones still taken): what {@code GET /schemas} lists, and what an
 * administrator may record for a partner.
 */
@Component
class OwnVersions {

    private final Map<MessageType, SortedSet<Integer>> versions = new TreeMap<>(
            (a, b) -> a.toString().compareTo(b.toString()));

    OwnVersions(List<MessageHandler> handlers) {
        for (MessageHandler handler : handlers) {
            Stream.concat(handler.earlierSchemas().stream(), Stream.of(handler.schema()))
                    .map(schema -> SchemaVersion.of(schema.name()))
                    .filter(version -> version.isPresent())
                    .forEach(version -> versions.computeIfAbsent(handler.type(), type -> new TreeSet<>())
                            .add(version.getAsInt()));
        }
    }

    /** The message types with a versioned payload, by name. */
    List<MessageType> types() {
        return List.copyOf(versions.keySet());
    }

    /** The versions of the type this hub writes, lowest first; none for a type it does not have. */
    SortedSet<Integer> of(MessageType type) {
        return Collections.unmodifiableSortedSet(versions.getOrDefault(type, new TreeSet<>()));
    }

    /** The version this hub writes to a partner of this release; 1 for a type without versions. */
    int current(MessageType type) {
        SortedSet<Integer> known = versions.get(type);
        return known == null ? 1 : known.last();
    }

    /** The type of that name ({@code enforcement/CaseReport}) if this hub writes it. */
    java.util.Optional<MessageType> type(String name) {
        return versions.keySet().stream().filter(type -> type.toString().equals(name)).findFirst();
    }
}
