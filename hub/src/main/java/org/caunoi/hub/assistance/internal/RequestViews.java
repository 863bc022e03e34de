package org.caunoi.hub.assistance.internal;

import java.util.List;
import java.util.Set;

import org.caunoi.hub.platform.attachments.AttachmentRef;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request as an officer may read it. Its nominal content — the questions, what it concerns, the
 * answer and its reason, the documents, which name persons and give document numbers — is shown
 * only to those who need it ({@link RequestAccess#readsInFull}); everyone else reads the rest, with a
 * note that it was withheld. Each nominal read is audited.
 */
@Service
public class RequestViews {

    /** Steps whose details carry the answer's text or reason. */
    private static final Set<String> NOMINAL_STEPS = Set.of("answer-drafted", "answer-received");

    private final AssistanceRequests requests;
    private final RequestAttachments attachments;
    private final AuditTrail audit;

    RequestViews(AssistanceRequests requests, RequestAttachments attachments, AuditTrail audit) {
        this.requests = requests;
        this.attachments = attachments;
        this.audit = audit;
    }

    /**
     * What the officer reads of one request; {@code nominal} false when its nominal content is withheld.
     * {@code requestFiles} and {@code answerFiles} are the documents of the request and of its answer.
     */
    public record RequestView(AssistanceRequest request, boolean nominal, List<AssistanceRequest.Step> history,
            List<AttachmentRef> requestFiles, List<AttachmentRef> answerFiles) {
    }

    @Transactional
    public RequestView read(long id, CurrentOfficer officer) {
        AssistanceRequest request = requests.get(id);
        List<AssistanceRequest.Step> history = requests.history(id);
        if (RequestAccess.readsInFull(request, officer)) {
            audit.record("READ", "assistance-request", request.reference(),
                    Sentences.of("assistance.audit-details.nominal-read"));
            return new RequestView(request, true, history, attachments.of(id, RequestAttachments.Part.REQUEST),
                    attachments.of(id, RequestAttachments.Part.ANSWER));
        }
        return new RequestView(withheld(request), false, history.stream()
                .map(step -> NOMINAL_STEPS.contains(step.step())
                        ? new AssistanceRequest.Step(step.at(), step.actor(), step.step(), "") : step)
                .toList(), List.of(), List.of());
    }

    /** The request as the officer may see it in a list: its nominal content left out unless they may read it. */
    public static AssistanceRequest asSeenBy(AssistanceRequest request, CurrentOfficer officer) {
        return RequestAccess.readsInFull(request, officer) ? request : withheld(request);
    }

    private static AssistanceRequest withheld(AssistanceRequest r) {
        return new AssistanceRequest(r.id(), r.reference(), r.senderReference(), r.direction(), r.partner(), r.kind(),
                r.subject(), r.purpose(), r.agreementIds(), "", r.caveats(), "", r.deadline(), r.deadlineReason(),
                r.assignedUnit(), r.assignedOfficer(), r.state(), r.requestMessageId(), r.answerOutcome(),
                r.answerText() == null ? null : "", r.answerReason() == null ? null : "", r.answeredAt(), r.createdAt(),
                r.createdBy(), r.demo());
    }
}
