package org.caunoi.hub.enforcement.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.caunoi.hub.exchange.Caveat;
import org.caunoi.hub.exchange.Dispatch;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.OutgoingMessage;
import org.caunoi.hub.exchange.Revision;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Purpose;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shares a case with partners through the exchange, each recipient getting the form its agreements
 * allow, and sends every later correction or withdrawal to every partner that got the case, as the
 * next version of the same conversation. What went where is recorded per recipient.
 */
@Service
public class CaseSharing {

    private final CaseForms caseForms;
    private final ShareForms forms;
    private final ShareStore shares;
    private final ExchangeService exchange;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final CasePhotos photos;
    private final RecipientsInSentences recipients;
    private final RecipientVersions payloadVersions;

    CaseSharing(CaseForms caseForms, CasePhotos photos, ShareForms forms, ShareStore shares, ExchangeService exchange, AuditTrail audit, JsonMapper json,
            Clock clock, RecipientsInSentences recipients, RecipientVersions payloadVersions) {
        this.caseForms = caseForms;
        this.payloadVersions = payloadVersions;
        this.recipients = recipients;
        this.photos = photos;
        this.forms = forms;
        this.shares = shares;
        this.exchange = exchange;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What became of one recipient: the form sent under a MessageId, or why nothing was sent
     * ({@code refusal}: no-legal-basis with the legal-basis {@code reason}, no-endpoint,
     * no-onward-consent, already-shared).
     */
    public record Outcome(String partner, @Nullable String form, @Nullable String messageId, @Nullable String refusal,
            @Nullable String reason) {
    }

    public List<ShareForms.FormDecision> preview(Collection<String> partners, Purpose purpose) {
        return partners.stream().map(partner -> forms.decide(partner, purpose)).toList();
    }

    /** The refusal leaves its audit entry behind: nothing else was written when it is thrown. */
    @Transactional(noRollbackFor = NotReadInFullException.class)
    public List<Outcome> share(Officer officer, StoredCase stored, List<String> partners, Purpose purpose,
            Set<Caveat> caveats) {
        if (!officer.mayShare(stored.owningUnit())) {
            throw new AccessDeniedException("only the unit that owns a case or a liaison officer shares it");
        }
        if (stored.withdrawn()) {
            throw InvalidInputException.withdrawn(stored.reference());
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Set<String> alreadyShared = shares.latestPerPartner(stored.id()).stream().map(SharedVersion::partner)
                .collect(Collectors.toSet());
        Map<String, List<String>> byForm = new LinkedHashMap<>();
        for (String partner : partners.stream().distinct().toList()) {
            if (alreadyShared.contains(partner)) {
                outcomes.put(partner, new Outcome(partner, null, null, "already-shared", null));
                continue;
            }
            ShareForms.FormDecision decision = forms.decide(partner, purpose);
            if (decision.form() == null) {
                outcomes.put(partner, new Outcome(partner, null, null, "no-legal-basis", Codes.ofNullable(decision.refusal())));
            }
            else {
                byForm.computeIfAbsent(decision.form(), form -> new ArrayList<>()).add(partner);
            }
        }
        List<String> nominal = byForm.getOrDefault(CaseForms.NOMINAL, List.of());
        if (!nominal.isEmpty() && !officer.seesNominal(stored.owningUnit())) {
            // Refused as a whole rather than sent in the lesser form: the partner would otherwise hold a
            // non-nominal copy that the owning unit's later nominal share could not replace.
            throw refused("enforcement-case", stored.reference(), nominal);
        }
        Revision original = Revision.original(CaseReport.conversation(stored.reference()));
        byForm.forEach((form, recipients) -> send(officer, stored, form, recipients, purpose, original, caveats)
                .forEach(outcome -> outcomes.put(outcome.partner(), outcome)));
        audit.record("SHARE", "enforcement-case", stored.reference(),
                Sentences.of("enforcement.audit-details.shared", inSentences(outcomes.values()), Sentences.Name.of(purpose)));
        return partners.stream().distinct().map(outcomes::get).toList();
    }

    /**
     * Passes a case received from a partner on to others: the exchange queues it only where the
     * source's consent is recorded, and never in a fuller form than the one received.
     */
    @Transactional(noRollbackFor = NotReadInFullException.class)
    public List<Outcome> shareOnward(Officer officer, ReceivedCases.ReceivedCase received, List<String> partners,
            Purpose purpose) {
        if (!officer.mayShare("")) {
            throw new AccessDeniedException("passing cases on needs a liaison officer");
        }
        if (received.form().equals(CaseForms.NOMINAL) && !officer.maySearchPersons()) {
            List<String> nominal = partners.stream().distinct()
                    .filter(partner -> CaseForms.NOMINAL.equals(forms.decide(partner, purpose).form())).toList();
            if (!nominal.isEmpty()) {
                throw refused("enforcement-received-case", received.source() + "/" + received.reference(), nominal);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        Set<Caveat> caveats = received.caveats().stream().map(caveat -> Caveat.ofKebab(caveat).orElseThrow())
                .collect(Collectors.toSet());
        Revision revision = Revision.original(CaseReport.conversation(received.reference()));
        for (String partner : partners.stream().distinct().toList()) {
            ShareForms.FormDecision decision = forms.decide(partner, purpose);
            if (decision.form() == null) {
                outcomes.add(new Outcome(partner, null, null, "no-legal-basis", Codes.ofNullable(decision.refusal())));
                continue;
            }
            String form = received.form().equals(CaseForms.NON_NOMINAL) ? CaseForms.NON_NOMINAL : decision.form();
            // The non-nominal form as this hub's screens show it: the source's own, cleaned again here.
            CaseInput nonNominal = caseForms.nonNominal(received.content(), received.sendersNonNominal());
            boolean nominalForm = form.equals(CaseForms.NOMINAL);
            CaseReport report = new CaseReport(received.reference(), 1, received.version(), "original", form,
                    caveats.stream().map(Caveat::kebab).sorted().toList(), clock.instant(),
                    nominalForm ? received.content() : nonNominal,
                    nominalForm ? photos.forSharingReceived(received.id()) : List.of(),
                    nominalForm ? CaseReport.FreeTexts.of(nonNominal) : null);
            Dispatch dispatch = exchange.send(message(List.of(partner), form, purpose,
                    report.inPayloadVersion(payloadVersions.of(CaseReport.TYPE, partner)), revision, caveats)
                    .receivedFrom(received.source())).getFirst();
            outcomes.add(outcome(dispatch, form));
        }
        audit.record("SHARE", "enforcement-received-case", received.source() + "/" + received.reference(),
                Sentences.of("enforcement.audit-details.passed-on", inSentences(outcomes)));
        return outcomes;
    }

    /** A nominal send the officer may not make, in the audit trail before it is refused. */
    private NotReadInFullException refused(String recordType, String reference, List<String> nominal) {
        String partners = String.join(", ", nominal);
        audit.record("SHARE_REFUSED", recordType, reference, Sentences.of("enforcement.audit-details.share-refused", partners));
        return new NotReadInFullException(reference, partners);
    }

    /** Each recipient by name, with the form it got or why nothing went: named in the reader's language when read. */
    private List<String> inSentences(Collection<Outcome> outcomes) {
        return outcomes.stream()
                .map(outcome -> recipients.recipient(outcome.partner(), outcome.form(), outcome.refusal(), outcome.reason()))
                .toList();
    }

    /** Every version of the case sent to a partner, with its delivery. */
    public List<SharedVersion> sharesOf(long caseId) {
        return shares.ofCase(caseId);
    }

    /** Sends the case's new version to every partner that got an earlier one, in the form its agreements allow today. */
    void resend(Officer officer, StoredCase stored, Revision.Change change) {
        for (SharedVersion last : shares.latestPerPartner(stored.id())) {
            Revision previous = new Revision(CaseReport.conversation(stored.reference()), last.wireVersion(),
                    last.wireVersion() == 1 ? Revision.Change.ORIGINAL : Revision.Change.CORRECTION);
            Revision next = change == Revision.Change.WITHDRAWAL ? previous.withdrawal() : previous.correction();
            Purpose purpose = Purpose.parse(last.purpose());
            Set<Caveat> caveats = last.caveats().stream().map(caveat -> Caveat.ofKebab(caveat).orElseThrow())
                    .collect(Collectors.toSet());
            ShareForms.FormDecision decision = forms.decide(last.partner(), purpose);
            // Without a legal basis any more, the exchange refuses the send and the partner keeps what it has.
            String form = decision.form() != null ? decision.form() : last.form();
            send(officer, stored, form, List.of(last.partner()), purpose, next, caveats);
        }
    }

    private List<Outcome> send(Officer officer, StoredCase stored, String form, List<String> recipients, Purpose purpose,
            Revision revision, Set<Caveat> caveats) {
        Instant now = clock.instant();
        List<String> caveatNames = caveats.stream().map(Caveat::kebab).sorted().toList();
        // The nominal form carries beside it the non-nominal form of its free texts as this hub's own screens show
        // it, with every name this hub knows taken out; the non-nominal form carries nothing as written.
        boolean nominalForm = form.equals(CaseForms.NOMINAL);
        CaseInput nonNominal = caseForms.nonNominal(stored.content());
        CaseReport report = new CaseReport(stored.reference(), revision.version(), stored.version(),
                revision.change().kebab(), form, caveatNames, now, nominalForm ? stored.content() : nonNominal,
                nominalForm ? photos.forSharing(stored.id()) : List.of(), nominalForm ? CaseReport.FreeTexts.of(nonNominal) : null);
        // Each hub gets the version it takes: one of an earlier release the case without the non-nominal texts.
        List<Dispatch> dispatches = new ArrayList<>();
        payloadVersions.of(CaseReport.TYPE, recipients).forEach((payloadVersion, takers) -> dispatches.addAll(
                exchange.send(message(takers, form, purpose, report.inPayloadVersion(payloadVersion), revision, caveats))));
        List<Outcome> outcomes = new ArrayList<>();
        for (Dispatch dispatch : dispatches) {
            if (dispatch.queued()) {
                shares.add(new SharedVersion(Objects.requireNonNull(dispatch.messageId(), "a queued copy has its MessageId"), stored.id(), dispatch.partnerCode(), form,
                        purpose.kebab(), stored.version(), revision.version(), revision.change().kebab(), caveatNames,
                        officer.username(), now, "queued", null, ""));
            }
            outcomes.add(outcome(dispatch, form));
        }
        return outcomes;
    }

    private OutgoingMessage message(List<String> recipients, String form, Purpose purpose, CaseReport report,
            Revision revision, Set<Caveat> caveats) {
        DataCategory category = CaseForms.NOMINAL.equals(form) ? DataCategory.ENFORCEMENT_NOMINAL
                : DataCategory.ENFORCEMENT_NON_NOMINAL;
        return OutgoingMessage.to(recipients, CaseReport.TYPE, category, purpose, CaseReport.CONTENT_TYPE,
                json.writeValueAsBytes(report)).revision(revision).caveats(caveats);
    }

    private static Outcome outcome(Dispatch dispatch, String form) {
        return dispatch.queued() ? new Outcome(dispatch.partnerCode(), form, dispatch.messageId(), null, null)
                : new Outcome(dispatch.partnerCode(), null, null, Codes.ofNullable(dispatch.refusal()),
                        Codes.ofNullable(dispatch.legalBasisReason()));
    }

}
