package org.caunoi.hub.assistance.internal;

import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who lists which request, who reads it in full and who approves or assigns: need-to-know for requests is decided
 * here and nowhere else (README, "Who reads what"), as enforcement's {@code Officer} decides it for cases.
 * <ul>
 * <li>Any officer opens any request by its address, as any case: in full or withheld ({@link #readsInFull}), never
 * "not found" for a request that exists. Lists and figures hold fewer: those the officer works on ({@link #listed}).</li>
 * <li>Supervisors list every request and read it in full; they alone approve what goes to a partner (four eyes
 * apart: {@link AssistanceRequests#mayApprove}), assign requests to units and set the units' warning days.</li>
 * <li>Liaison officers read in full the requests they list: the International Cooperation unit, which receives
 * partners' requests ({@code caunoi.units}, {@code receives-requests}), handles every request with partners.</li>
 * <li>Investigators read in full the requests assigned to their unit and those they drafted, wherever they were
 * assigned since.</li>
 * <li>Analysts and viewers read their unit's requests withheld; administrators list every request, withheld: the
 * IT unit keeps accounts and the hub, not cases, and neither approves nor assigns them.</li>
 * </ul>
 */
public final class RequestAccess {

    private RequestAccess() {
    }

    /**
     * Whether the request is among those the officer's lists and figures count: every request for supervisors and
     * administrators; for the others, their unit's and their own drafts, wherever those were assigned since.
     */
    public static boolean listed(AssistanceRequest request, CurrentOfficer officer) {
        ListScope scope = listScope(officer);
        return scope == null || scope.covers(request);
    }

    /**
     * The requests the officer's lists hold, or null for all: the same rule as {@link #listed} behind the lists and
     * the figures, written as SQL by the store, so each figure counts exactly the rows of the list its link opens.
     */
    public static @Nullable ListScope listScope(CurrentOfficer officer) {
        return officer.hasAnyRole(Role.ADMIN, Role.SUPERVISOR) ? null : new ListScope(officer.unit(), officer.username());
    }

    /**
     * Whether the officer reads the request's nominal content — its questions, what it concerns, the answer and its
     * reason, its documents, which name persons and give document numbers. Each such read is audited ({@link RequestViews}).
     * Everyone else reads the request withheld, as an officer of another unit reads a case in the non-nominal form.
     */
    public static boolean readsInFull(AssistanceRequest request, CurrentOfficer officer) {
        return officer.hasAnyRole(Role.SUPERVISOR)
                || officer.hasAnyRole(Role.LIAISON_OFFICER, Role.INVESTIGATOR)
                        && (officer.belongsTo(request.assignedUnit()) || drafted(request, officer));
    }

    private static boolean drafted(AssistanceRequest request, CurrentOfficer officer) {
        return officer.username().equals(request.createdBy());
    }

    /**
     * Drafting a request is work on its nominal content: for those who read their own drafts in full (supervisors,
     * liaison officers, investigators), not for administrators, who would read back their own draft withheld.
     */
    public static boolean drafts(CurrentOfficer officer) {
        return officer.hasAnyRole(Role.SUPERVISOR, Role.LIAISON_OFFICER, Role.INVESTIGATOR);
    }

    /** Whether the officer's role approves what goes to a partner, or records it as sent by another channel. */
    public static boolean approves(CurrentOfficer officer) {
        return officer.hasAnyRole(Role.SUPERVISOR);
    }

    /**
     * Whether the officer's role assigns requests to a unit (and one of its officers) and sets how many days before
     * a deadline a unit is warned: deciding who works on what is a supervisor's task, not the IT unit's.
     */
    public static boolean assigns(CurrentOfficer officer) {
        return officer.hasAnyRole(Role.SUPERVISOR);
    }
}
