package org.caunoi.hub.enforcement.internal;

import java.util.Set;

import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;

/**
 * The signed-in officer as enforcement sees them, and what their roles and unit let them do with a
 * case. Need-to-know is decided here and nowhere else ({@link #seesNominal}): investigators read their
 * own unit's cases in full (the nominal form), supervisors read every case in full (each read audited),
 * everyone else (analysts, viewers, liaison officers, admins, investigators of other units) reads the
 * non-nominal form. An admin keeps officers' accounts and the audit trail, not cases' personal data.
 * Whatever sends, corrects or exports a case in nominal form asks the same question first.
 */
public record Officer(String username, Unit unit, Set<Role> roles) {

    public Officer {
        roles = Set.copyOf(roles);
    }

    public static Officer of(CurrentOfficer officer) {
        return new Officer(officer.username(), officer.unit(), officer.roles());
    }

    private boolean investigatorOf(String owningUnit) {
        return roles.contains(Role.INVESTIGATOR) && unit.code().equals(owningUnit);
    }

    /**
     * Whether the officer may read persons, companies, document numbers and photos of a case of that
     * unit: the one need-to-know rule for this hub's cases (README, "Who reads what").
     */
    public boolean seesNominal(String owningUnit) {
        return roles.contains(Role.SUPERVISOR) || investigatorOf(owningUnit);
    }

    /** Recording a case is an investigator's work (the case belongs to their unit, which reads it in full). */
    public boolean mayRecord() {
        return roles.contains(Role.INVESTIGATOR);
    }

    /**
     * Only the unit that owns a case (its investigators and supervisors) corrects or withdraws it: a
     * correction starts from the full case and reaches partners in nominal form, so it needs the full read too.
     */
    public boolean mayChange(String owningUnit) {
        return (roles.contains(Role.INVESTIGATOR) || roles.contains(Role.SUPERVISOR)) && unit.code().equals(owningUnit);
    }

    /**
     * The owning unit shares its cases; liaison officers share on its behalf with partners, in the
     * form they read it in: the nominal form only where {@link #seesNominal} allows it ({@code CaseSharing}).
     */
    public boolean mayShare(String owningUnit) {
        return mayChange(owningUnit) || roles.contains(Role.LIAISON_OFFICER);
    }

    /**
     * Personal data that belongs to no case of this hub's units (cases received from partners, name search,
     * photos and documents of operation alerts): investigators and supervisors, whatever their unit.
     */
    public boolean maySearchPersons() {
        return roles.contains(Role.INVESTIGATOR) || roles.contains(Role.SUPERVISOR);
    }

    /** Merging two records of one person or company is an investigator's call (checked against the cases' units). */
    public boolean mayMerge() {
        return roles.contains(Role.INVESTIGATOR);
    }

    public boolean mayManageOperations() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.INVESTIGATOR) || roles.contains(Role.SUPERVISOR)
                || roles.contains(Role.LIAISON_OFFICER);
    }

    /**
     * Alerts received from partners are enforcement information, whatever operation they name: for the
     * enforcement roles, not for liaison officers or viewers. Operations are not restricted by unit, so an
     * alert matched to one is read by the same officers as an alert for an operation not known here.
     */
    public boolean mayReadReceivedAlerts() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.INVESTIGATOR) || roles.contains(Role.SUPERVISOR)
                || roles.contains(Role.ANALYST);
    }

    /** The hub's own alerts, with their files and each partner's delivery: for those who read alerts and those who send them. */
    public boolean mayReadSentAlerts() {
        return mayReadReceivedAlerts() || mayManageOperations();
    }
}
