package org.caunoi.hub.enforcement.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills the name index from the stored cases when the hub starts; changes keep it current afterwards. */
@Component
class NameIndexLoader {

    private static final Logger log = LoggerFactory.getLogger(NameIndexLoader.class);

    private final CaseStore cases;
    private final ReceivedCases received;
    private final CaseNameIndex names;
    private final EntityRecords entities;
    private final TransactionTemplate transaction;

    NameIndexLoader(CaseStore cases, ReceivedCases received, CaseNameIndex names, EntityRecords entities,
            TransactionTemplate transaction) {
        this.transaction = transaction;
        this.entities = entities;
        this.cases = cases;
        this.received = received;
        this.names = names;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        long started = System.nanoTime();
        CaseNameIndex.Bulk bulk = names.bulk();
        int[] own = {0};
        // Only the names are read, in one streaming query: reading every case whole took most of the start.
        transaction.executeWithoutResult(status -> cases.forEachNames((id, content) -> {
            bulk.add("case", id, content);
            own[0]++;
        }));
        List<ReceivedCases.ReceivedCase> got = received.all();
        got.forEach(receivedCase -> bulk.add("received", receivedCase.id(), receivedCase.content()));
        long read = System.nanoTime();
        bulk.publish();
        for (String entity : List.of("person", "company")) {
            entities.withOtherNames(entity).forEach(record -> names.replaceEntity(entity, record.id(), record.allNames()));
        }
        // How long the hub's start spends on this grows with the cases: worth seeing in the log.
        log.info("Name index built from {} own and {} received cases ({} names) in {} ms ({} ms reading them)", own[0],
                got.size(), bulk.size(), (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000);
    }
}
