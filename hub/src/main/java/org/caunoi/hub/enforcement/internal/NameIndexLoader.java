package org.caunoi.hub.enforcement.internal;

import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Fills the name index from the stored cases when the hub starts; changes keep it current afterwards. */
@Component
class NameIndexLoader {

    private final CaseStore cases;
    private final ReceivedCases received;
    private final CaseNameIndex names;
    private final EntityRecords entities;

    NameIndexLoader(CaseStore cases, ReceivedCases received, CaseNameIndex names, EntityRecords entities) {
        this.entities = entities;
        this.cases = cases;
        this.received = received;
        this.names = names;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        names.addAll("case", cases.all().stream().collect(Collectors.toMap(StoredCase::id, StoredCase::content)));
        names.addAll("received", received.all().stream()
                .collect(Collectors.toMap(ReceivedCases.ReceivedCase::id, ReceivedCases.ReceivedCase::content)));
        for (String entity : java.util.List.of("person", "company")) {
            entities.withOtherNames(entity).forEach(record -> names.replaceEntity(entity, record.id(), record.allNames()));
        }
    }
}
