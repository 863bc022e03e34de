package org.caunoi.hub.assistance.internal;

import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Who sees which request, who reads it in full and who approves what leaves: need-to-know for requests is
 * decided here and nowhere else (README, "Who reads what"), as enforcement's {@code Officer} decides it for cases.
 * <ul>
 * <li>Supervisors see every request and read it in full; they alone approve what goes to a partner (four eyes
 * apart: {@link AssistanceRequests#mayApprove}).</li>
 * <li>Liaison officers read in full the requests they see: the International Cooperation unit, which receives
 * partners' requests ({@code caunoi.units}, {@code receives-requests}), handles every request with partners.</li>
 * <li>Investigators read in full the requests assigned to their unit and those they drafted (which they see while
 * the request is assigned to their unit: {@link #sees}).</li>
 * <li>Analysts and viewers read their unit's requests withheld; administrators see every request, withheld: the
 * IT unit keeps accounts and the hub, not cases, and approves nothing that leaves.</li>
 * </ul>
 */
public final class RequestAccess {

    private RequestAccess() {
    }

    /** Whether the officer sees the request at all (in either form); otherwise it is not found, as if absent. */
    public static boolean sees(AssistanceRequest request, CurrentOfficer officer) {
        return seesAll(officer) || officer.belongsTo(request.assignedUnit());
    }

    /**
     * The unit whose requests the officer sees, or null for all: the same rule as {@link #sees} behind the lists
     * and the figures, so each figure counts exactly the rows of the list its link opens.
     */
    public static @Nullable Unit unitSeenBy(CurrentOfficer officer) {
        return seesAll(officer) ? null : officer.unit();
    }

    private static boolean seesAll(CurrentOfficer officer) {
        return officer.hasAnyRole(Role.ADMIN, Role.SUPERVISOR);
    }

    /**
     * Whether the officer reads the request's nominal content — its questions, what it concerns, the answer and its
     * reason, its documents, which name persons and give document numbers. Each such read is audited ({@link RequestViews}).
     */
    public static boolean readsInFull(AssistanceRequest request, CurrentOfficer officer) {
        if (!sees(request, officer)) {
            return false;
        }
        return officer.hasAnyRole(Role.SUPERVISOR, Role.LIAISON_OFFICER)
                || officer.hasAnyRole(Role.INVESTIGATOR)
                        && (officer.belongsTo(request.assignedUnit()) || officer.username().equals(request.createdBy()));
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
}
