package org.caunoi.hub.platform.security;

/** The organisational units an officer can belong to; the bundle key {@code platform.unit.<code>} names one. */
public enum Unit {
    /** Vụ Hợp tác quốc tế. */
    HTQT,
    /** Cục Điều tra chống buôn lậu. */
    DTCBL,
    /** A Port Control Unit of the UNODC–WCO Container Control Programme. */
    PCU,
    /** The hub's IT administration. */
    IT
}
