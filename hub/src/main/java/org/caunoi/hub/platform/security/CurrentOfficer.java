package org.caunoi.hub.platform.security;

import java.util.Arrays;
import java.util.Set;

/**
 * The officer a request comes from: who, in which unit, with which roles. Controllers take it as an
 * argument and services ask {@link Officers#current()}, so need-to-know rules (an investigator sees
 * the cases of the unit) have the facts at hand without reading the security context themselves.
 */
public record CurrentOfficer(String username, String displayName, Unit unit, Set<Role> roles) {

    public CurrentOfficer {
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean belongsTo(Unit other) {
        return unit.equals(other);
    }
}
