package org.caunoi.hub.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caunoi.hub.platform.Codes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * When a courtesy reminder of an outbound request may go to the partner: while the partner still owes
 * the answer, through the hub, from {@code daysBefore} days before the reply deadline up to the day
 * itself, and once per request. A rule on the request and its history, without the database.
 */
final class CourtesyReminders {

    /** The step a courtesy reminder leaves in the request's history: what makes a second one refused. */
    static final String SENT_STEP = "courtesy-reminder-sent";

    private final int daysBefore;
    private final Clock clock;

    CourtesyReminders(int daysBefore, Clock clock) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("caunoi.assistance.courtesy-reminder-days is a number of days, 0 or more: "
                    + daysBefore);
        }
        this.daysBefore = daysBefore;
        this.clock = clock;
    }

    /** The first day one may go, or null when none ever may: the request has no deadline or did not go through the hub. */
    @Nullable LocalDate opensOn(AssistanceRequest request) {
        if (request.direction() != Direction.OUT || request.deadline() == null || request.requestMessageId() == null) {
            return null;
        }
        return request.deadline().minusDays(daysBefore);
    }

    /** Why no courtesy reminder of the request may go today by the hub's clock; empty when one may. */
    Optional<AssistanceRefusal> refusal(AssistanceRequest request, List<AssistanceRequest.Step> history) {
        LocalDate today = LocalDate.now(clock);
        if (request.direction() != Direction.OUT) {
            return Optional.of(AssistanceRefusal.wrongState(request.state()));
        }
        if (!request.state().awaitsAnswer()) {
            return Optional.of(new AssistanceRefusal(HttpStatus.CONFLICT, "state", "assistance.problem.courtesy-no-answer-owed",
                    Map.of("state", Codes.of(request.state())),
                    AssistanceRefusal.label(request.state())));
        }
        if (request.requestMessageId() == null) {
            return Optional.of(AssistanceRefusal.badInput("state", "assistance.problem.sent-elsewhere-no-reminder"));
        }
        LocalDate deadline = request.deadline();
        if (deadline == null) {
            return Optional.of(AssistanceRefusal.badInput("deadline", "assistance.problem.courtesy-no-deadline"));
        }
        Optional<AssistanceRequest.Step> sent = history.stream().filter(step -> step.step().equals(SENT_STEP)).findFirst();
        if (sent.isPresent()) {
            return Optional.of(new AssistanceRefusal(HttpStatus.CONFLICT, "state", "assistance.problem.courtesy-already-sent",
                    Map.of(), LocalDate.ofInstant(sent.get().at(), clock.getZone()).toString()));
        }
        if (deadline.isBefore(today)) {
            return Optional.of(AssistanceRefusal.badInput("deadline", "assistance.problem.courtesy-deadline-passed",
                    deadline.toString()));
        }
        LocalDate opensOn = deadline.minusDays(daysBefore);
        if (today.isBefore(opensOn)) {
            return Optional.of(AssistanceRefusal.badInput("deadline", "assistance.problem.courtesy-too-early",
                    deadline.toString(), opensOn.toString(), daysBefore));
        }
        return Optional.empty();
    }
}
