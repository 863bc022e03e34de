package org.caunoi.hub.platform.security;

/**
 * What an officer may do in the hub. Authorities are {@code ROLE_<name>}; the bundle key
 * {@code platform.role.<name>} names the role on screen.
 */
public enum Role {
    /** Manages users, reads the audit trail, may do everything. */
    ADMIN,
    /** International cooperation: partners, agreements, exchange with partners. */
    LIAISON_OFFICER,
    /** Anti-smuggling investigation: enforcement records and cases. */
    INVESTIGATOR,
    /** Risk and intelligence analysis: screening, reports. */
    ANALYST,
    /** Supervises officers' work; reads everything of the units supervised, and the audit trail. */
    SUPERVISOR,
    /** Reads what the unit may read, changes nothing. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
