package org.caunoi.hub.assistance.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** An officer who is no supervisor approving what goes to a partner (an administrator, say): a supervisor approves it. */
final class SupervisorsApproveRefusal extends AssistanceRefusal {

    SupervisorsApproveRefusal() {
        super(HttpStatus.FORBIDDEN, "state", "assistance.problem.supervisors-approve", Map.of());
    }
}
