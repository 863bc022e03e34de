package org.caunoi.hub.exchange.internal.demo;

import java.nio.file.Path;
import java.time.Clock;

import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.keys.KeystoreSource;
import org.caunoi.hub.platform.ProductionUse;
import org.caunoi.hub.platform.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/** In demo mode, a hub without keys gets its node's keystore from the demo network's PKI, created on first need. */
@Component
@DependsOn(ProductionUse.BEAN) // production data never gets the demo's key
class DemoKeystore implements KeystoreSource {

    private static final Logger log = LoggerFactory.getLogger(DemoKeystore.class);

    private final HubProperties hub;
    private final ExchangeProperties exchange;
    private final Clock clock;

    DemoKeystore(HubProperties hub, ExchangeProperties exchange, Clock clock) {
        this.hub = hub;
        this.exchange = exchange;
        this.clock = clock;
    }

    @Override
    public void provide(Path file) {
        if (!hub.demo()) {
            return;
        }
        DemoPki pki = DemoPki.ofTheNetwork(hub, exchange, clock);
        pki.installKeystore(hub.node(), file);
        log.info("Demo keys of node {} installed at {} from the demo PKI in {}", hub.node(), file,
                exchange.demoPkiPath(hub.dataPath()));
    }
}
