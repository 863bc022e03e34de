package org.caunoi.hub.exchange.internal.demo;

import java.time.Clock;
import java.util.Map;

import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.exchange.internal.endpoints.TrustedCertificates;
import org.caunoi.hub.exchange.internal.keys.Certificates;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * In demo mode, makes the nodes of the demo network that are this hub's partners reachable: their
 * endpoint, party id and certificate from the shared demo PKI (Vietnam reaches Hong Kong and Lao PDR;
 * each of those reaches Vietnam). It runs after the demo partners are loaded. An endpoint an officer
 * has edited is left as it is.
 */
@Component
class DemoNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

    private final HubProperties hub;
    private final ExchangeProperties properties;
    private final PartnerEndpoints endpoints;
    private final Partners partners;
    private final TrustedCertificates trusted;
    private final Clock clock;

    DemoNetwork(HubProperties hub, ExchangeProperties properties, PartnerEndpoints endpoints, Partners partners,
            TrustedCertificates trusted, Clock clock) {
        this.hub = hub;
        this.properties = properties;
        this.endpoints = endpoints;
        this.partners = partners;
        this.trusted = trusted;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!hub.demo()) {
            return;
        }
        DemoPki pki = DemoPki.ofTheNetwork(hub, properties, clock);
        for (Map.Entry<String, String> node : properties.demoNetwork().entrySet()) {
            if (node.getKey().equals(hub.node()) || partners.partner(node.getKey()).isEmpty()) {
                continue;
            }
            var endpoint = new PartnerEndpoint(node.getKey(), ExchangeProperties.demoPartyId(node.getKey()), node.getValue(),
                    Certificates.parsePem(pki.certificatePem(node.getKey())), PartnerEndpoint.KeyReference.BST);
            if (endpoints.insertIfAbsent(endpoint)) {
                log.info("Demo network: partner {} reachable at {}", node.getKey(), node.getValue());
            }
        }
        trusted.refresh();
    }
}
