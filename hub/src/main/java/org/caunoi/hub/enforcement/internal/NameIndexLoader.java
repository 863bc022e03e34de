package org.caunoi.hub.enforcement.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Fills the name index from the stored cases when the hub starts; changes keep it current afterwards. */
@Component
class NameIndexLoader {

    private final CaseStore cases;
    private final ReceivedCases received;
    private final CaseNameIndex names;

    NameIndexLoader(CaseStore cases, ReceivedCases received, CaseNameIndex names) {
        this.cases = cases;
        this.received = received;
        this.names = names;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        cases.all().forEach(stored -> names.replace("case", stored.id(), stored.content()));
        received.all().forEach(stored -> names.replace("received", stored.id(), stored.content()));
    }
}
