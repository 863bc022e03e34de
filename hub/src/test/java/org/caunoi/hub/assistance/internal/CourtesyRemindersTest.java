package org.caunoi.hub.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.security.Unit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When a courtesy reminder may go, as a table: seven days before the deadline (the default) up to the
 * day itself, once, only while the partner owes the answer of a request that went through the hub.
 * Each refusal of the rule appears in the table at least once.
 */
class CourtesyRemindersTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final CourtesyReminders RULE = new CourtesyReminders(7,
            Clock.fixed(TODAY.atTime(10, 0).atZone(HANOI).toInstant(), HANOI));
    static final AssistanceRequest.Step SENT_BEFORE = new AssistanceRequest.Step(
            TODAY.minusDays(1).atTime(9, 0).atZone(HANOI).toInstant(), "liaison", "courtesy-reminder-sent", "");
    static final Set<String> SEEN = new HashSet<>();

    static Stream<Arguments> cases() {
        return Stream.of(
                // direction, state, message id, deadline, history, refused with (null: sent)
                row(Direction.OUT, RequestState.ACKNOWLEDGED, "m@vn", TODAY.plusDays(7), List.of(), null),
                row(Direction.OUT, RequestState.SENT, "m@vn", TODAY, List.of(), null),
                row(Direction.OUT, RequestState.POSTPONED, "m@vn", TODAY.plusDays(1), List.of(), null),
                row(Direction.OUT, RequestState.ACKNOWLEDGED, "m@vn", TODAY.plusDays(8), List.of(),
                        "assistance.problem.courtesy-too-early"),
                row(Direction.OUT, RequestState.ACKNOWLEDGED, "m@vn", TODAY.minusDays(1), List.of(),
                        "assistance.problem.courtesy-deadline-passed"),
                row(Direction.OUT, RequestState.ACKNOWLEDGED, "m@vn", TODAY.plusDays(3), List.of(SENT_BEFORE),
                        "assistance.problem.courtesy-already-sent"),
                row(Direction.OUT, RequestState.ANSWERED, "m@vn", TODAY.plusDays(3), List.of(),
                        "assistance.problem.courtesy-no-answer-owed"),
                row(Direction.OUT, RequestState.CLOSED, "m@vn", TODAY.plusDays(3), List.of(),
                        "assistance.problem.courtesy-no-answer-owed"),
                row(Direction.OUT, RequestState.DRAFT, null, TODAY.plusDays(3), List.of(),
                        "assistance.problem.courtesy-no-answer-owed"),
                row(Direction.OUT, RequestState.SENT, null, TODAY.plusDays(3), List.of(),
                        "assistance.problem.sent-elsewhere-no-reminder"),
                row(Direction.OUT, RequestState.SENT, "m@vn", null, List.of(), "assistance.problem.courtesy-no-deadline"),
                row(Direction.IN, RequestState.RECEIVED, "m@hk", TODAY.plusDays(3), List.of(),
                        "assistance.problem.wrong-state"));
    }

    private static Arguments row(Direction direction, RequestState state, @Nullable String messageId,
            @Nullable LocalDate deadline, List<AssistanceRequest.Step> history, @Nullable String refusal) {
        return Arguments.of(direction, state, messageId, deadline, history, refusal);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aCourtesyReminderGoesOnlyWithinTheDaysBeforeTheDeadlineOnceWhileTheAnswerIsOwed(Direction direction,
            RequestState state, @Nullable String messageId, @Nullable LocalDate deadline,
            List<AssistanceRequest.Step> history, @Nullable String refusal) {
        var request = new AssistanceRequest(1, "VN-AR-2026-000001", null, direction, "HK", RequestKind.values()[0],
                Subject.values()[0], Purpose.VERIFICATION, List.of(), "questions", "", "", deadline, null,
                new Unit("HTQT"), null, state, messageId, null, null, null, null, Instant.EPOCH, "liaison", false);

        assertThat(RULE.refusal(request, history).map(AssistanceRefusal::detailKey).orElse(null)).isEqualTo(refusal);
        SEEN.add(refusal == null ? "sent" : refusal);
    }

    @AfterAll
    static void everyOutcomeIsInTheTable() {
        assertThat(SEEN).containsExactlyInAnyOrder("sent", "assistance.problem.courtesy-too-early",
                "assistance.problem.courtesy-deadline-passed", "assistance.problem.courtesy-already-sent",
                "assistance.problem.courtesy-no-answer-owed", "assistance.problem.sent-elsewhere-no-reminder",
                "assistance.problem.courtesy-no-deadline", "assistance.problem.wrong-state");
    }
}
