package org.caunoi.hub.assistance.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.tika.Tika;
import org.caunoi.hub.platform.attachments.Attachment;
import org.caunoi.hub.platform.attachments.AttachmentPurpose;
import org.caunoi.hub.platform.attachments.AttachmentRef;
import org.caunoi.hub.platform.attachments.AttachmentRejectedException;
import org.caunoi.hub.platform.attachments.Attachments;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The documents of a request and of its answer, in the kit's attachment store: added by this hub to
 * what it is about to send (an outbound draft, or the answer to an inbound request), carried inside
 * that message, and stored on arrival at the partner's hub. A request's documents are kept under
 * its id, its answer's under {@code <id>/answer}.
 */
@Service
public class RequestAttachments {

    static final String MODULE = "assistance";

    /** Which document a file belongs to. */
    public enum Part {
        REQUEST,
        ANSWER
    }

    private final RequestStore store;
    private final Steps steps;
    private final Attachments attachments;
    private final long maxTotalBytes;
    private final Tika tika = new Tika();

    RequestAttachments(RequestStore store, Steps steps, Attachments attachments,
            @Value("${caunoi.assistance.attachments.max-total-bytes:3MB}") DataSize maxTotalBytes) {
        this.store = store;
        this.steps = steps;
        this.attachments = attachments;
        this.maxTotalBytes = maxTotalBytes.toBytes();
    }

    /**
     * Adds a document to what this hub will send on the request: the request itself while it is a
     * draft, the answer while one is being drafted. Refused, with nothing stored, when the file is
     * empty, not a PDF or too large, or when all of the message's documents would not fit in one message.
     */
    @Transactional
    public AttachmentRef add(long id, String fileName, byte[] content, CurrentOfficer officer) {
        AssistanceRequest request = store.findForUpdate(id).orElseThrow(() -> new RequestNotFound(id));
        AssistanceRefusal.requireFullRead(request, officer);
        Part part = partBeingDrafted(request).orElseThrow(() -> AssistanceRefusal.wrongState(request.state()));
        long already = of(id, part).stream().mapToLong(AttachmentRef::sizeBytes).sum();
        if (already + content.length > maxTotalBytes) {
            throw AssistanceRefusal.badInput("file", "assistance.problem.attachments-too-large",
                    DataSize.ofBytes(maxTotalBytes).toKilobytes() + " KB");
        }
        AttachmentRef stored;
        try {
            stored = attachments.store(MODULE, ownerId(id, part), AttachmentPurpose.DOCUMENT, fileName, content);
        }
        catch (AttachmentRejectedException rejected) {
            throw new AssistanceRefusal(rejected.status(), "file", rejected.messageKey(), java.util.Map.of(),
                    rejected.args());
        }
        steps.record(request, officer.username(), "attachment-added", document(part, stored));
        return stored;
    }

    /** The part this hub is drafting for the partner, if any: documents may be added to it only. */
    public static Optional<Part> partBeingDrafted(AssistanceRequest request) {
        if (request.direction() == Direction.OUT && request.state() == RequestState.DRAFT) {
            return Optional.of(Part.REQUEST);
        }
        if (request.direction() == Direction.IN
                && (request.state() == RequestState.RECEIVED || request.state() == RequestState.ANSWER_DRAFTED)) {
            return Optional.of(Part.ANSWER);
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<AttachmentRef> of(long id, Part part) {
        return attachments.of(MODULE, ownerId(id, part));
    }

    /** Deletes the documents of both parts of a request that is being deleted, each deletion audited by the store. */
    @Transactional
    void deleteAll(long id) {
        for (Part part : Part.values()) {
            attachments.deleteOf(MODULE, ownerId(id, part));
        }
    }

    /** A document of this request (either part), opened and audited; empty when it belongs to another record. */
    @Transactional
    public Optional<Attachment> open(long id, UUID attachmentId) {
        boolean ours = of(id, Part.REQUEST).stream().anyMatch(ref -> ref.id().equals(attachmentId))
                || of(id, Part.ANSWER).stream().anyMatch(ref -> ref.id().equals(attachmentId));
        return ours ? attachments.open(attachmentId) : Optional.empty();
    }

    /** The part's documents as they travel, bytes in base64; null when there are none (the member is left out). */
    @Nullable List<Payloads.File> toSend(long id, Part part) {
        List<Payloads.File> files = of(id, part).stream()
                .map(ref -> attachments.open(ref.id()).orElseThrow())
                .map(file -> new Payloads.File(file.ref().displayName(), file.ref().contentType(), file.ref().sha256(),
                        Base64.getEncoder().encodeToString(file.content())))
                .toList();
        return files.isEmpty() ? null : files;
    }

    /**
     * Why a partner's message cannot be taken for its documents, checked before anything is stored
     * (the sender then gets an ebMS error): one is not base64, does not match its SHA-256, is too
     * large or is not a PDF by its bytes.
     */
    Optional<String> problemWith(@Nullable List<Payloads.File> files) {
        for (Payloads.File file : files == null ? List.<Payloads.File>of() : files) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(file.content());
            }
            catch (IllegalArgumentException notBase64) {
                return Optional.of("attachment " + file.name() + " is not base64");
            }
            if (!sha256(bytes).equals(file.sha256())) {
                return Optional.of("attachment " + file.name() + " does not match its SHA-256");
            }
            if (bytes.length > attachments.maxBytes()) {
                return Optional.of("attachment " + file.name() + " is larger than " + attachments.maxBytes() + " bytes");
            }
            String type = tika.detect(bytes);
            if (!AttachmentPurpose.DOCUMENT.allows(type)) {
                return Optional.of("attachment " + file.name() + " is " + type + ", not a document this hub takes");
            }
        }
        return Optional.empty();
    }

    /** Stores the documents a partner sent with a request or answer, once {@link #problemWith} found nothing wrong. */
    void received(AssistanceRequest request, Part part, @Nullable List<Payloads.File> files, String actor) {
        for (Payloads.File file : files == null ? List.<Payloads.File>of() : files) {
            AttachmentRef stored = attachments.store(MODULE, ownerId(request.id(), part), AttachmentPurpose.DOCUMENT,
                    file.name(), Base64.getDecoder().decode(file.content()));
            steps.record(request, actor, "attachment-received", document(part, stored));
        }
    }

    /** A document in a request's history: which part it belongs to, its name and its SHA-256. */
    private static String document(Part part, AttachmentRef stored) {
        return part == Part.REQUEST
                ? Sentences.of("assistance.history-details.request-document", stored.displayName(), stored.sha256())
                : Sentences.of("assistance.history-details.answer-document", stored.displayName(), stored.sha256());
    }

    private static String ownerId(long id, Part part) {
        return part == Part.REQUEST ? String.valueOf(id) : id + "/answer";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
