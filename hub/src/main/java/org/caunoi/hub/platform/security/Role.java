package org.caunoi.hub.platform.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What an officer may do in the hub. Authorities are {@code ROLE_<name>}; the bundle key
 * {@code platform.role.<name>} names the role on screen. Rules that combine roles are the
 * annotations beside this type ({@link AdminOrLiaison}, ...), so no screen spells a role name.
 */
public enum Role {
    /** Manages officers' accounts, reads the audit trail; reads cases in the non-nominal form (need-to-know). */
    ADMIN,
    /** International cooperation: partners, agreements, exchange with partners. */
    LIAISON_OFFICER,
    /** Anti-smuggling investigation: enforcement records and cases. */
    INVESTIGATOR,
    /** Risk and intelligence analysis: screening, reports. */
    ANALYST,
    /** Supervises officers' work; reads every case in full (each read audited), and the audit trail. */
    SUPERVISOR,
    /** Reads what the unit may read, changes nothing. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The roles an authenticated caller holds (authorities that are not roles of ours are ignored). */
    public static List<Role> of(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(values()).filter(role -> role.authority().equals(authority)))
                .toList();
    }
}
