package org.caunoi.hub.partners.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo partners and agreements from the facts file at the first start in demo mode, in
 * one transaction: a file with a problem loads nothing and the start fails with the file and line.
 * When no file is there the hub starts empty and says so.
 */
@Component
public class DemoFactsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFactsLoader.class);
    static final String SOURCE = "cooperation-facts";

    private final HubProperties properties;
    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final DemoDataStatus status;

    DemoFactsLoader(HubProperties properties, PartnerRepository partners, AgreementRepository agreements,
            JdbcClient jdbc, AuditTrail audit, DemoDataStatus status) {
        this.properties = properties;
        this.partners = partners;
        this.agreements = agreements;
        this.jdbc = jdbc;
        this.audit = audit;
        this.status = status;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        if (alreadyLoaded()) {
            status.set(DemoDataStatus.State.LOADED, "");
            return;
        }
        Path file = properties.demoFactsFile().orElse(null);
        if (file == null || !Files.isRegularFile(file)) {
            log.warn("Demo mode, but no facts file at {}: the hub starts with no partners. "
                    + "Set caunoi.demo-facts to the path of cooperation-facts.yaml to load them.", file);
            status.set(DemoDataStatus.State.FILE_MISSING, String.valueOf(file));
            return;
        }
        load(file);
        status.set(DemoDataStatus.State.LOADED, file.toString());
    }

    /** Loads the file unless it was loaded before; returns the number of agreements loaded. */
    @Transactional
    public int load(Path file) {
        CooperationFactsParser.Facts facts = CooperationFactsParser.parse(file).seenFrom(properties.node());
        for (Partner partner : facts.partners()) {
            partners.upsert(partner);
        }
        for (Agreement agreement : facts.agreements()) {
            agreements.insert(agreement);
        }
        jdbc.sql("INSERT INTO partners.facts_load (source, partners, agreements) VALUES (?, ?, ?)")
                .params(SOURCE, facts.partners().size(), facts.agreements().size())
                .update();
        audit.recordAs("system", "IMPORT", "partners", SOURCE, file + ": " + facts.partners().size()
                + " partners, " + facts.agreements().size() + " agreements");
        log.info("Loaded {} partners and {} agreements from {}", facts.partners().size(), facts.agreements().size(), file);
        return facts.agreements().size();
    }

    private boolean alreadyLoaded() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM partners.facts_load WHERE source = ?)").param(SOURCE)
                .query(Boolean.class).single();
    }
}
