package org.caunoi.hub.assistance.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** An officer approving what they drafted or changed last themselves: another supervisor approves it. */
final class FourEyesRefusal extends AssistanceRefusal {

    FourEyesRefusal() {
        super(HttpStatus.FORBIDDEN, "state", "assistance.problem.four-eyes", Map.of());
    }
}
