package org.caunoi.hub.exchange.internal.endpoints;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.caunoi.hub.exchange.internal.ExchangeProperties;
import org.caunoi.hub.platform.HubProperties;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Which addresses an officer may register as a partner's hub: only the configured schemes
 * ({@code caunoi.exchange.allowed-endpoint-schemes}, http and https by default), and hosts that
 * resolve to public addresses or to a configured network ({@code allowed-endpoint-networks},
 * CIDRs). Loopback and private addresses pass only in demo mode, where the partner hubs run on
 * this machine; link-local (cloud metadata), multicast and the unspecified address never pass
 * unless listed. Otherwise the hub could be pointed at, and made to probe, its own network.
 */
@Component
class EndpointPolicy {

    /** Carrier-grade NAT and IPv6 unique-local addresses: private, though Java does not call them site-local. */
    private static final List<IpAddressMatcher> OTHER_PRIVATE = List.of(new IpAddressMatcher("100.64.0.0/10"),
            new IpAddressMatcher("fc00::/7"));

    private final List<String> schemes;
    private final List<IpAddressMatcher> networks;
    private final boolean demo;

    EndpointPolicy(ExchangeProperties properties, HubProperties hub) {
        this.schemes = properties.allowedEndpointSchemes().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        this.networks = properties.allowedEndpointNetworks().stream().map(IpAddressMatcher::new).toList();
        this.demo = hub.demo();
    }

    /** The message key of what is wrong with the address, or empty when it may be registered. */
    Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        }
        catch (java.net.URISyntaxException e) {
            return Optional.of("exchange.connection.error.url");
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.of("exchange.connection.error.url");
        }
        if (!schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            return Optional.of("exchange.connection.error.url-scheme");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        }
        catch (UnknownHostException e) {
            return Optional.of("exchange.connection.error.url-unresolved");
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                return Optional.of("exchange.connection.error.url-internal");
            }
        }
        return Optional.empty();
    }

    private boolean allowed(InetAddress address) {
        String text = address.getHostAddress();
        if (networks.stream().anyMatch(network -> network.matches(text))) {
            return true;
        }
        if (address.isLinkLocalAddress() || address.isMulticastAddress() || address.isAnyLocalAddress()) {
            return false;
        }
        boolean internal = address.isLoopbackAddress() || address.isSiteLocalAddress()
                || OTHER_PRIVATE.stream().anyMatch(network -> network.matches(text));
        return !internal || demo;
    }
}
