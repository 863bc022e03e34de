package org.caunoi.hub.partners.internal;

import org.caunoi.hub.platform.audit.Clipped;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.caunoi.hub.partners.Agreement;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.Partner.FocalPoint;
import org.caunoi.hub.partners.Region;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's use cases: reading partners and agreements, and changing them with an audit entry
 * in the same transaction. Validation of what officers type happens before, in the forms.
 */
@Service
public class PartnerCatalog implements org.caunoi.hub.partners.Partners {

    /** Only PDF documents are attached: the signed text is what the registry keeps. */
    public static final String PDF = "application/pdf";

    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final AuditTrail audit;
    /**
     * Partners' names as sentence arguments, kept a minute: the exchange names the partner in the
     * audit entries of every message it sends and receives, and a read each would be one more
     * statement a message. A partner saved here is read afresh at once.
     */
    private final Cache<String, String> namesInSentences = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    PartnerCatalog(PartnerRepository partners, AgreementRepository agreements, AuditTrail audit) {
        this.partners = partners;
        this.agreements = agreements;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Partner> search(String text, @Nullable Region region, @Nullable String agreementKind) {
        return partners.search(text, region, agreementKind);
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<Partner> partner(String code) {
        return partners.find(code);
    }

    @Transactional(readOnly = true)
    @Override
    public List<Partner> all() {
        return partners.search("", null, null);
    }

    @Transactional(readOnly = true)
    public List<Agreement> agreementsOf(String partnerCode) {
        return agreements.ofPartner(partnerCode);
    }

    @Transactional(readOnly = true)
    public List<Agreement> allAgreements() {
        return agreements.all();
    }

    @Transactional(readOnly = true)
    public Optional<Agreement> agreement(long id) {
        return agreements.find(id);
    }

    @Transactional(readOnly = true)
    /** True while the agreement's exchange profile is the demo data's guess from its kind, not an officer's. */
    public boolean hasDemoProfile(long agreementId) {
        return agreements.hasDemoProfile(agreementId);
    }

    public List<AgreementRepository.YearKindCount> signedPerYearByKind() {
        return agreements.signedPerYearByKind();
    }

    @Override
    public String inSentence(String code) {
        return namesInSentences.get(code, uncached -> org.caunoi.hub.partners.Partners.super.inSentence(uncached));
    }

    @Transactional
    public void savePartner(Partner partner) {
        namesInSentences.invalidate(partner.code());
        boolean created = partners.upsert(partner);
        audit.record(created ? "CREATE" : "UPDATE", "partner", partner.code(),
                Sentences.of("partners.audit-details.partner", partner.nameEn(), partner.nameVi()));
    }

    @Transactional
    public long addFocalPoint(String partnerCode, FocalPoint focalPoint) {
        requirePartner(partnerCode);
        long id = partners.addFocalPoint(partnerCode, focalPoint);
        audit.record("CREATE", "focal-point", partnerCode + "/" + id,
                Sentences.of("partners.audit-details.focal-point", Sentences.Name.of(focalPoint.domain()), focalPoint.name()));
        return id;
    }

    @Transactional
    public void removeFocalPoint(String partnerCode, long id) {
        if (partners.removeFocalPoint(partnerCode, id)) {
            audit.record("DELETE", "focal-point", partnerCode + "/" + id, "");
        }
    }

    /** Creates the agreement after checking that every party is a known partner. */
    @Transactional
    public long createAgreement(Agreement agreement) {
        agreement.parties().forEach(this::requirePartner);
        long id = agreements.insert(agreement);
        audit.record("CREATE", "agreement", Long.toString(id),
                Sentences.of("partners.audit-details.agreement", agreement.titleEn(), agreement.titleVi()));
        return id;
    }

    /** Saves the officer's edit unless someone changed the agreement meanwhile. */
    @Transactional
    public void updateAgreement(Agreement agreement) {
        agreement.parties().forEach(this::requirePartner);
        if (!agreements.update(agreement)) {
            // no row matched: either the version is stale or there is no such agreement at all
            if (agreements.find(agreement.id()).isEmpty()) {
                throw new NotFoundException("agreement", Long.toString(agreement.id()));
            }
            throw new ConcurrentChangeException(agreement.id());
        }
        audit.record("UPDATE", "agreement", Long.toString(agreement.id()),
                Sentences.of("partners.audit-details.agreement", agreement.titleEn(), agreement.titleVi()));
    }

    @Transactional
    public void attachDocument(long agreementId, String fileName, byte[] content, String uploadedBy) {
        if (agreements.find(agreementId).isEmpty()) {
            throw new NotFoundException("agreement", Long.toString(agreementId));
        }
        if (!PdfDocuments.isPdf(content)) {
            throw new InvalidDocumentException(fileName);
        }
        String sha256 = sha256(content);
        String storedName = PdfDocuments.safeFileName(fileName);
        agreements.saveDocument(agreementId, new Agreement.DocumentInfo(storedName, PDF, content.length, sha256),
                content, uploadedBy);
        audit.record("ATTACH", "agreement", Long.toString(agreementId),
                Sentences.of("partners.audit-details.document-attached", storedName, sha256));
    }

    /** The signed text; reading it is audited, as every view of a document is. */
    @Transactional
    public Optional<byte[]> readDocument(long agreementId) {
        Optional<byte[]> content = agreements.documentContent(agreementId);
        content.ifPresent(bytes -> audit.record("VIEW_DOCUMENT", "agreement", Long.toString(agreementId), ""));
        return content;
    }

    public static NotFoundException notFound(String type, String id) {
        return new NotFoundException(type, id);
    }

    private void requirePartner(String code) {
        if (!partners.exists(code)) {
            throw new NotFoundException("partner", code);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A partner or agreement that does not exist. */
    public static final class NotFoundException extends RuntimeException implements Problem {
        private final String type;
        private final String id;

        NotFoundException(String type, String id) {
            super("No " + type + " '" + id + "'");
            this.type = type;
            this.id = id;
        }

        public String type() {
            return type;
        }

        public String id() {
            return id;
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.NOT_FOUND;
        }

        @Override
        public String detailKey() {
            return "partners.problem.not-found";
        }

        @Override
        public Object[] detailArguments() {
            return new Object[] {type, Clipped.text(id, Clipped.SHORT)};
        }
    }

    /** Another officer saved the agreement since this one was opened. */
    public static final class ConcurrentChangeException extends RuntimeException implements Problem {
        ConcurrentChangeException(long id) {
            super("Agreement " + id + " was changed by someone else meanwhile; reload it and apply your change again.");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String detailKey() {
            return "partners.validation.changed-meanwhile";
        }
    }

    /** An upload that is not a PDF. */
    public static final class InvalidDocumentException extends RuntimeException {
        InvalidDocumentException(String fileName) {
            super("'" + fileName + "' is not a PDF document.");
        }
    }
}
