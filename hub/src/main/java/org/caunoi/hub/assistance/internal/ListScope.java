package org.caunoi.hub.assistance.internal;

import org.caunoi.hub.platform.security.Unit;

/**
 * The requests an officer who does not list every request lists ({@link RequestAccess#listScope}): those assigned to
 * their unit, and those they drafted, wherever those were assigned since.
 */
public record ListScope(Unit unit, String drafter) {

    boolean covers(AssistanceRequest request) {
        return unit.equals(request.assignedUnit()) || drafter.equals(request.createdBy());
    }
}
