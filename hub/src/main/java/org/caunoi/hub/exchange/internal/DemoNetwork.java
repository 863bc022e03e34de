package org.caunoi.hub.exchange.internal;

import java.time.Clock;
import java.util.Map;

import org.caunoi.hub.platform.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * In demo mode, makes every other node of the demo network reachable: its endpoint, party id and
 * certificate from the shared demo PKI. An endpoint an officer has edited is left as it is.
 */
@Component
class DemoNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

    private final HubProperties hub;
    private final ExchangeProperties properties;
    private final PartnerEndpoints endpoints;
    private final As4Crypto crypto;
    private final Clock clock;

    DemoNetwork(HubProperties hub, ExchangeProperties properties, PartnerEndpoints endpoints, As4Crypto crypto,
            Clock clock) {
        this.hub = hub;
        this.properties = properties;
        this.endpoints = endpoints;
        this.crypto = crypto;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!hub.demo()) {
            return;
        }
        DemoPki pki = new DemoPki(properties.demoPkiPath(hub.dataPath()), properties.keystorePassword(), clock);
        pki.ensure(properties.demoNetwork().keySet());
        for (Map.Entry<String, String> node : properties.demoNetwork().entrySet()) {
            if (node.getKey().equals(hub.node())) {
                continue;
            }
            var endpoint = new PartnerEndpoint(node.getKey(), ExchangeProperties.demoPartyId(node.getKey()), node.getValue(),
                    Certificates.parsePem(pki.certificatePem(node.getKey())), PartnerEndpoint.KeyReference.BST);
            if (endpoints.insertIfAbsent(endpoint)) {
                log.info("Demo network: partner {} reachable at {}", node.getKey(), node.getValue());
            }
        }
        crypto.refresh();
    }
}
