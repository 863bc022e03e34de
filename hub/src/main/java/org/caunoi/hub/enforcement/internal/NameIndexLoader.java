package org.caunoi.hub.enforcement.internal;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Fills the name index from the stored cases when the hub starts; changes keep it current afterwards. */
@Component
class NameIndexLoader {

    private static final Logger log = LoggerFactory.getLogger(NameIndexLoader.class);

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
        long started = System.nanoTime();
        var own = cases.all().stream().collect(Collectors.toMap(StoredCase::id, StoredCase::content));
        var got = received.all().stream()
                .collect(Collectors.toMap(ReceivedCases.ReceivedCase::id, ReceivedCases.ReceivedCase::content));
        names.addAll("case", own);
        names.addAll("received", got);
        for (String entity : java.util.List.of("person", "company")) {
            entities.withOtherNames(entity).forEach(record -> names.replaceEntity(entity, record.id(), record.allNames()));
        }
        // How long the hub's start spends on this grows with the cases: worth seeing in the log.
        log.info("Name index built from {} own and {} received cases in {} ms", own.size(), got.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
