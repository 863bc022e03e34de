package org.caunoi.hub.partners;

/** What sort of partner: a national administration, a territory's, or an international body. */
public enum PartnerKind {
    CUSTOMS_ADMINISTRATION,
    TERRITORY_ADMINISTRATION,
    INTERNATIONAL_BODY
}
