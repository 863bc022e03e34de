package org.caunoi.hub.partners.internal.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.internal.AgreementRepository;
import org.caunoi.hub.partners.internal.PartnerRepository;
import org.caunoi.hub.platform.DemoFacts;
import org.caunoi.hub.platform.HubProperties;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo partners and agreements at the first start in demo mode, in one transaction: the
 * facts built into the hub, or the file {@code caunoi.demo-facts} names instead. Facts with a
 * problem load nothing and the start fails with the file and line. When the named file is not
 * there the hub starts empty and says so.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before the demo network, which connects only to partners
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
            refreshDemoProfiles(DemoFacts.of(properties));
            status.set(DemoDataStatus.State.LOADED, "");
            return;
        }
        DemoFacts facts = DemoFacts.of(properties);
        if (!facts.exists()) {
            log.warn("Demo mode, but no facts file at {}: the hub starts with no partners. Correct caunoi.demo-facts, "
                    + "or leave it out to load the built-in demo data.", facts.name());
            status.set(DemoDataStatus.State.FILE_MISSING, facts.name());
            return;
        }
        load(CooperationFactsParser.parse(facts), facts.file().isPresent() ? facts.name() : "built-in " + DemoFacts.BUILT_IN);
        status.set(DemoDataStatus.State.LOADED, facts.file().isPresent() ? facts.name() : DemoFacts.BUILT_IN);
    }

    /** Loads the file unless it was loaded before; returns the number of agreements loaded. */
    @Transactional
    public int load(Path file) {
        return load(CooperationFactsParser.parse(file), file.toString());
    }

    private int load(CooperationFactsParser.Facts all, String source) {
        CooperationFactsParser.Facts facts = all.seenFrom(properties.node());
        for (Partner partner : facts.partners()) {
            partners.upsert(partner);
        }
        for (Agreement agreement : facts.agreements()) {
            agreements.markDemoProfile(agreements.insert(agreement));
        }
        jdbc.sql("INSERT INTO partners.facts_load (source, partners, agreements) VALUES (?, ?, ?)")
                .params(SOURCE, facts.partners().size(), facts.agreements().size())
                .update();
        audit.recordAs("system", "IMPORT", "partners", SOURCE, Sentences.of("partners.audit-details.facts-loaded", source,
                facts.partners().size(), facts.agreements().size()));
        log.info("Loaded {} partners and {} agreements from {}", facts.partners().size(), facts.agreements().size(), source);
        return facts.agreements().size();
    }

    /**
     * The demo data's profiles follow the hub's rules of today (an earlier release let the MoUs on single-stop
     * inspection carry seizures): an agreement whose profile no officer has saved gets the one its facts give it now,
     * matched by kind, English title, signing date and parties; each change audited. Facts that no longer parse
     * leave every profile as it is: the data was loaded, the start goes on.
     */
    @Transactional
    public int refreshDemoProfiles(DemoFacts source) {
        if (!source.exists()) {
            return 0;
        }
        List<Agreement> facts;
        try {
            facts = CooperationFactsParser.parse(source).seenFrom(properties.node()).agreements();
        }
        catch (CooperationFactsParser.InvalidFactsException problem) {
            log.warn("Demo profiles left as they are: {}", problem.getMessage());
            return 0;
        }
        int refreshed = 0;
        for (Agreement stored : agreements.all()) {
            Optional<Agreement> fact = facts.stream().filter(candidate -> sameAgreement(candidate, stored)).findFirst()
                    .filter(candidate -> !candidate.profile().equals(stored.profile()));
            if (fact.isPresent() && agreements.replaceDemoProfile(stored.id(), fact.get().profile())) {
                audit.recordAs("system", "UPDATE", "agreement", Long.toString(stored.id()),
                        Sentences.of("partners.audit-details.demo-profile-refreshed", stored.titleEn(), stored.titleVi()));
                refreshed++;
            }
        }
        if (refreshed > 0) {
            log.info("Demo data: {} agreements' exchange profiles follow today's rules", refreshed);
        }
        return refreshed;
    }

    private static boolean sameAgreement(Agreement fact, Agreement stored) {
        return fact.kind() == stored.kind() && fact.titleEn().equals(stored.titleEn())
                && fact.signedOn().equals(stored.signedOn()) && fact.parties().equals(stored.parties());
    }

    private boolean alreadyLoaded() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM partners.facts_load WHERE source = ?)").param(SOURCE)
                .query(Boolean.class).single();
    }
}
