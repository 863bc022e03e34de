package org.caunoi.hub.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.notifications.NotificationRequested;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches inbound requests' deadlines by the hub's clock: N days before one (N per unit, 5 unless
 * set) its assignee and the unit's supervisors are warned, and again once it is overdue; each warning once.
 */
@Component
public class DeadlineWatch {

    private final RequestStore store;
    private final Steps steps;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PartnerNames partners;

    DeadlineWatch(RequestStore store, Steps steps, UserAccounts accounts, ApplicationEventPublisher events, Clock clock,
            PartnerNames partners) {
        this.partners = partners;
        this.store = store;
        this.steps = steps;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Gives the warnings due by the hub's clock; returns how many requests were warned of. */
    @Scheduled(fixedDelayString = "${caunoi.assistance.deadline-check:PT1H}", initialDelayString = "PT1M")
    @Transactional
    public int warnDue() {
        LocalDate today = LocalDate.now(clock);
        List<AssistanceRequest> due = store.dueForWarning(today);
        for (AssistanceRequest request : due) {
            boolean overdue = request.deadline() != null && request.deadline().isBefore(today);
            String key = overdue ? "assistance.notice.overdue" : "assistance.notice.deadline-near";
            List<String> args = List.of(request.reference(), partners.inSentence(request.partner()),
                    String.valueOf(request.deadline()));
            toldOfRequest(request).forEach(officer -> events.publishEvent(
                    new NotificationRequested(officer, key, args, "/assistance/requests/" + request.id())));
            store.markWarned(request.id(), overdue);
            steps.record(request, "system", overdue ? "overdue-warning" : "deadline-warning",
                    Sentences.of("assistance.history-details.deadline", String.valueOf(request.deadline())));
        }
        return due.size();
    }

    /** The partner as a notice names it: in the reader's language. */
    String partnerInSentence(String code) {
        return partners.inSentence(code);
    }

    /** Who hears of a request: its assignee and the enabled supervisors of its unit. */
    Set<String> toldOfRequest(AssistanceRequest request) {
        Set<String> officers = new LinkedHashSet<>();
        if (request.assignedOfficer() != null) {
            officers.add(request.assignedOfficer());
        }
        accounts.all().stream()
                .filter(account -> account.enabled() && account.roles().contains(Role.SUPERVISOR)
                        && account.unit().equals(request.assignedUnit()))
                .forEach(account -> officers.add(account.username()));
        return officers;
    }
}
