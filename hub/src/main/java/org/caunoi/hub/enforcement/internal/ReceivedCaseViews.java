package org.caunoi.hub.enforcement.internal;

import java.util.List;

import org.caunoi.hub.platform.attachments.AttachmentRef;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A received case as one officer may see it, with every version received: the nominal form (and
 * the photos) only for officers who may read received personal data, each such read audited; the
 * others read the non-nominal form, the sender's own where it sent one, cleaned again here.
 */
@Service
public class ReceivedCaseViews {

    private final CaseForms caseForms;
    private final ReceivedCases received;
    private final CasePhotos photos;
    private final AuditTrail audit;

    ReceivedCaseViews(CaseForms caseForms, ReceivedCases received, CasePhotos photos, AuditTrail audit) {
        this.caseForms = caseForms;
        this.received = received;
        this.photos = photos;
        this.audit = audit;
    }

    /** The received case, its versions and photos in the form shown ({@code form}). */
    public record ReceivedView(ReceivedCases.ReceivedCase got, String form, CaseInput content,
            List<ReceivedCases.ReceivedVersion> versions, List<AttachmentRef> photos) {
    }

    @Transactional
    public ReceivedView read(Officer officer, long id) {
        ReceivedCases.ReceivedCase got = received.find(id).orElseThrow(() -> new CaseNotFoundException("received case", id));
        boolean nominal = got.form().equals(CaseForms.NOMINAL) && officer.maySearchPersons();
        if (nominal) {
            audit.record("READ", "enforcement-received-case", got.source() + "/" + got.reference(),
                    Sentences.of("enforcement.audit-details.read-received"));
        }
        List<ReceivedCases.ReceivedVersion> versions = received.versions(id).stream()
                .map(version -> nominal ? version : new ReceivedCases.ReceivedVersion(version.version(), version.change(),
                        CaseForms.NON_NOMINAL, version.messageId(), version.receivedAt(), version.caveats(),
                        caseForms.nonNominal(version.content(), version.sendersNonNominal()), null))
                .toList();
        return new ReceivedView(got, nominal ? got.form() : CaseForms.NON_NOMINAL,
                nominal ? got.content() : caseForms.nonNominal(got.content(), got.sendersNonNominal()), versions,
                photos.ofReceived(officer, got));
    }
}
