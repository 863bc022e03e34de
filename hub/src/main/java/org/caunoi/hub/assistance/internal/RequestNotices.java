package org.caunoi.hub.assistance.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.caunoi.hub.platform.i18n.Labels;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.notifications.NotificationRequested;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.security.Unit;
import org.caunoi.hub.platform.security.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells officers, through the hub's notifications, where a request needs them: the unit's supervisors
 * when a request or an answer waits for their approval, the drafter and the assignee when the
 * partner's answer arrives. Each notice names the partner in the reader's language and links to the request.
 */
@Component
class RequestNotices {

    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final PartnerNames partners;

    RequestNotices(UserAccounts accounts, ApplicationEventPublisher events, PartnerNames partners) {
        this.accounts = accounts;
        this.events = events;
        this.partners = partners;
    }

    /** An outbound draft waits for a supervisor of its unit to approve and send it. */
    void requestAwaitsApproval(AssistanceRequest request, String drafter) {
        tell(supervisorsOf(request.assignedUnit(), drafter), "assistance.notice.request-awaits-approval", request);
    }

    /** The answer drafted to an inbound request waits for a supervisor of its unit to approve and send it. */
    void answerAwaitsApproval(AssistanceRequest request, String drafter) {
        tell(supervisorsOf(request.assignedUnit(), drafter), "assistance.notice.answer-awaits-approval", request);
    }

    /** The partner answered an outbound request: its drafter and its assignee hear of the outcome. */
    void answerReceived(AssistanceRequest request, Outcome outcome) {
        Set<String> officers = new LinkedHashSet<>();
        officers.add(request.createdBy());
        if (request.assignedOfficer() != null) {
            officers.add(request.assignedOfficer());
        }
        List<String> args = List.of(request.reference(), partners.inSentence(request.partner()),
                Sentences.of(Labels.key(outcome)));
        officers.forEach(officer -> events.publishEvent(new NotificationRequested(officer,
                "assistance.notice.answer-received", args, link(request))));
    }

    private void tell(Set<String> officers, String key, AssistanceRequest request) {
        List<String> args = List.of(request.reference(), partners.inSentence(request.partner()));
        officers.forEach(officer -> events.publishEvent(new NotificationRequested(officer, key, args, link(request))));
    }

    /** The enabled supervisors of the unit, but not the officer who drafted what they approve. */
    private Set<String> supervisorsOf(Unit unit, String drafter) {
        Set<String> officers = new LinkedHashSet<>();
        accounts.all().stream()
                .filter(account -> account.enabled() && account.roles().contains(Role.SUPERVISOR) && account.unit().equals(unit)
                        && !account.username().equals(drafter))
                .forEach(account -> officers.add(account.username()));
        return officers;
    }

    private static String link(AssistanceRequest request) {
        return "/assistance/requests/" + request.id();
    }
}
