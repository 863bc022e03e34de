package org.caunoi.hub.exchange.internal.endpoints;

import java.security.cert.X509Certificate;

import org.jspecify.annotations.Nullable;

/**
 * How this hub reaches one partner's hub, and the certificate that partner's messages must carry.
 *
 * @param keyReference how our messages to this partner point to our certificate: the certificate
 *        itself (BinarySecurityToken) or its Subject Key Identifier, as the partner's hub expects
 */
public record PartnerEndpoint(String partnerCode, String partyId, String endpointUrl,
        @Nullable X509Certificate certificate, KeyReference keyReference) {

    /** The WS-Security key reference method used towards a partner. */
    public enum KeyReference {
        BST, SKI
    }
}
