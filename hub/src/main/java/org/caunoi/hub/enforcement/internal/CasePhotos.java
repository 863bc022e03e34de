package org.caunoi.hub.enforcement.internal;

import java.io.InputStream;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.caunoi.hub.platform.attachments.Attachment;
import org.caunoi.hub.platform.attachments.AttachmentPurpose;
import org.caunoi.hub.platform.attachments.AttachmentRef;
import org.caunoi.hub.platform.attachments.AttachmentRejectedException;
import org.caunoi.hub.platform.attachments.Attachments;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of a case, own or received, kept in the hub's attachment store. Photos may show
 * persons, so they belong to the nominal form: only officers who read the case in full see them,
 * and they travel only with the nominal form of a shared case. The owning unit adds
 * them while the case is active.
 */
@Service
public class CasePhotos {

    private static final String MODULE = "enforcement";

    private final Attachments attachments;
    private final CaseStore cases;
    private final ReceivedCases received;
    private final AuditTrail audit;

    CasePhotos(Attachments attachments, CaseStore cases, ReceivedCases received, AuditTrail audit) {
        this.attachments = attachments;
        this.cases = cases;
        this.received = received;
        this.audit = audit;
    }

    /**
     * Adds a photo to an own case.
     *
     * @throws PhotoRejectedException when the bytes are not a JPEG, PNG or WebP image, or over the size limit
     */
    @Transactional
    public AttachmentRef add(Officer officer, long caseId, String fileName, InputStream content) {
        StoredCase stored = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException("case", caseId));
        if (!officer.mayChange(stored.owningUnit())) {
            throw new AccessDeniedException("only the unit that owns a case adds photos to it");
        }
        if (stored.withdrawn()) {
            throw InvalidInputException.withdrawn(stored.reference());
        }
        AttachmentRef ref;
        try {
            ref = attachments.store(MODULE, own(caseId), AttachmentPurpose.PHOTO, fileName, content);
        }
        catch (AttachmentRejectedException rejected) {
            throw new PhotoRejectedException(rejected);
        }
        audit.record("ADD_PHOTO", "enforcement-case", stored.reference(), Sentences.of("enforcement.audit-details.photo",
                ref.displayName(), ref.contentType(), ref.sizeBytes(), ref.sha256()));
        return ref;
    }

    /** The photos of an own case the officer may see: all of them when reading it in full, none otherwise. */
    public List<AttachmentRef> of(Officer officer, StoredCase stored) {
        return officer.seesNominal(stored.owningUnit()) ? attachments.of(MODULE, own(stored.id())) : List.of();
    }

    /** The photos that came with a received case, for officers who may read received personal data. */
    public List<AttachmentRef> ofReceived(Officer officer, ReceivedCases.ReceivedCase got) {
        return seesReceivedPhotos(officer, got) ? attachments.of(MODULE, fromPartner(got.id())) : List.of();
    }

    /** One photo of an own case, its viewing in the audit trail (by the attachment store). */
    @Transactional
    public Attachment open(Officer officer, long caseId, UUID photoId) {
        StoredCase stored = cases.find(caseId).orElseThrow(() -> new CaseNotFoundException("case", caseId));
        if (!officer.seesNominal(stored.owningUnit())) {
            throw new AccessDeniedException("photos belong to the nominal form of a case");
        }
        return opened(own(caseId), caseId, photoId);
    }

    @Transactional
    public Attachment openReceived(Officer officer, long receivedId, UUID photoId) {
        ReceivedCases.ReceivedCase got = received.find(receivedId)
                .orElseThrow(() -> new CaseNotFoundException("received case", receivedId));
        if (!seesReceivedPhotos(officer, got)) {
            throw new AccessDeniedException("photos belong to the nominal form of a case");
        }
        return opened(fromPartner(receivedId), receivedId, photoId);
    }

    private Attachment opened(String ownerId, long recordId, UUID photoId) {
        // Checked against the owner, so a photo id of another case does not open through this one.
        boolean belongs = attachments.of(MODULE, ownerId).stream().anyMatch(ref -> ref.id().equals(photoId));
        return (belongs ? attachments.open(photoId) : java.util.Optional.<Attachment>empty())
                .orElseThrow(() -> new CaseNotFoundException("photo", recordId));
    }

    /** The photos of an own case as they travel in the nominal form of a case report. */
    List<CaseReport.Photo> forSharing(long caseId) {
        return shared(own(caseId));
    }

    List<CaseReport.Photo> forSharingReceived(long receivedId) {
        return shared(fromPartner(receivedId));
    }

    private List<CaseReport.Photo> shared(String ownerId) {
        return attachments.of(MODULE, ownerId).stream()
                .map(ref -> attachments.open(ref.id()).orElseThrow())
                .map(photo -> new CaseReport.Photo(photo.ref().displayName(), photo.ref().contentType(),
                        photo.ref().sha256(), Base64.getEncoder().encodeToString(photo.content())))
                .toList();
    }

    /**
     * Keeps the photos a partner sent with a version of a case, each once (a correction carries them
     * again). The store checks their bytes as it checks an upload: a partner's word is not taken.
     */
    void storeReceived(long receivedId, List<CaseReport.Photo> photos) {
        Set<String> held = new HashSet<>(attachments.of(MODULE, fromPartner(receivedId)).stream()
                .map(AttachmentRef::sha256).toList());
        for (CaseReport.Photo photo : photos) {
            if (held.add(photo.sha256())) {
                attachments.store(MODULE, fromPartner(receivedId), AttachmentPurpose.PHOTO, photo.name(),
                        Base64.getDecoder().decode(photo.content()));
            }
        }
    }

    private static boolean seesReceivedPhotos(Officer officer, ReceivedCases.ReceivedCase got) {
        return got.form().equals(CaseForms.NOMINAL) && officer.maySearchPersons();
    }

    private static String own(long caseId) {
        return "case:" + caseId;
    }

    private static String fromPartner(long receivedId) {
        return "received:" + receivedId;
    }
}
