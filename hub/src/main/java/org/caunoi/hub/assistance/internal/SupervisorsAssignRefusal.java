package org.caunoi.hub.assistance.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * An officer who is no supervisor assigning a request or setting a unit's warning days (an administrator, say): who
 * works on what is a supervisor's call ({@link RequestAccess#assigns}).
 */
final class SupervisorsAssignRefusal extends AssistanceRefusal {

    SupervisorsAssignRefusal() {
        super(HttpStatus.FORBIDDEN, "unit", "assistance.problem.supervisors-assign", Map.of());
    }
}
