package org.caunoi.hub.enforcement.internal;

import java.util.Set;

import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;

/**
 * The signed-in officer as enforcement sees them, and what their roles and unit let them do with a
 * case: investigators and supervisors work on their own unit's cases in full (the nominal form),
 * analysts, viewers and officers of other units see the non-nominal form, an admin sees and may do everything.
 */
public record Officer(String username, Unit unit, Set<Role> roles) {

    public Officer {
        roles = Set.copyOf(roles);
    }

    public static Officer of(CurrentOfficer officer) {
        return new Officer(officer.username(), officer.unit(), officer.roles());
    }

    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    private boolean worksOnCasesOf(String owningUnit) {
        return (roles.contains(Role.INVESTIGATOR) || roles.contains(Role.SUPERVISOR)) && unit.code().equals(owningUnit);
    }

    /** Whether the officer may read persons, companies and document numbers of a case of that unit. */
    public boolean seesNominal(String owningUnit) {
        return admin() || worksOnCasesOf(owningUnit);
    }

    public boolean mayRecord() {
        return admin() || roles.contains(Role.INVESTIGATOR);
    }

    /** Only the unit that owns a case (or an admin) corrects or withdraws it. */
    public boolean mayChange(String owningUnit) {
        return admin() || worksOnCasesOf(owningUnit);
    }

    /** The owning unit shares its cases; liaison officers share on its behalf with partners. */
    public boolean mayShare(String owningUnit) {
        return mayChange(owningUnit) || roles.contains(Role.LIAISON_OFFICER);
    }

    /** Searching names reads personal data: only officers who may see some nominal case. */
    public boolean maySearchPersons() {
        return admin() || roles.contains(Role.INVESTIGATOR) || roles.contains(Role.SUPERVISOR);
    }

    /** Merging two records of one person or company is an investigator's call (checked against the cases' units). */
    public boolean mayMerge() {
        return admin() || roles.contains(Role.INVESTIGATOR);
    }

    public boolean mayManageOperations() {
        return admin() || roles.contains(Role.INVESTIGATOR) || roles.contains(Role.SUPERVISOR)
                || roles.contains(Role.LIAISON_OFFICER);
    }
}
