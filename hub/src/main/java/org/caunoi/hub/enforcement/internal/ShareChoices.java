package org.caunoi.hub.enforcement.internal;

import java.util.List;
import java.util.Map;

import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.HubConnection;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.PartnerKind;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.HubProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The partners a case can be shared with, as the share form offers them: customs administrations of
 * countries and territories, each with whether its hub is connected and which form of the case its
 * agreements allow for the purpose. Forums and organisations (WTO, APEC, ASEM) take no cases; one is offered
 * only where its own hub is registered. Only a partner with a connected hub and a legal basis can be ticked.
 */
@Component
public class ShareChoices {

    private final Partners partners;
    private final ExchangeService exchange;
    private final ShareForms forms;
    private final HubProperties hub;

    ShareChoices(Partners partners, ExchangeService exchange, ShareForms forms, HubProperties hub) {
        this.partners = partners;
        this.exchange = exchange;
        this.forms = forms;
        this.hub = hub;
    }

    /** One partner on the form: its hub connection and what its agreements allow for the purpose. */
    public record Choice(Partner partner, HubConnection connection, ShareForms.FormDecision decision) {

        /** Whether the officer may tick it: its hub takes messages and an agreement allows a form of the case. */
        public boolean selectable() {
            return connection.ready() && decision.form() != null;
        }

        /** Why its hub cannot take the case, as a code of {@code enforcement.share.hub-connection}; null when it can. */
        public @Nullable String connectionProblem() {
            return connection.ready() ? null : Codes.of(connection);
        }

        /** Why no form of the case may go to it, as a code of {@code enforcement.refusal}; null when one may. */
        public @Nullable String legalBasisProblem() {
            return decision.refusal() == null ? null : decision.refusal().kebab();
        }
    }

    /** Every partner a case can go to but this hub itself, in no particular order: the screen sorts by name. */
    public List<Choice> of(Purpose purpose) {
        Map<String, HubConnection> connections = exchange.connections();
        return partners.all().stream().filter(partner -> !partner.code().equalsIgnoreCase(hub.node()))
                .filter(partner -> partner.kind() != PartnerKind.INTERNATIONAL_BODY || connections.containsKey(partner.code()))
                .map(partner -> new Choice(partner, connections.getOrDefault(partner.code(), HubConnection.NONE),
                        forms.decide(partner.code(), purpose)))
                .toList();
    }
}
