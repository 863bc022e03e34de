package org.caunoi.hub.enforcement.internal;

import java.time.Instant;
import java.util.List;

import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadSchema;
import org.jspecify.annotations.Nullable;

/**
 * The payload a hub sends when it shares a version of a case ({@code enforcement/CaseReport}, JSON
 * following {@code enforcement/schemas/case-report-1.schema.json}): the sender's reference, the
 * version and what it changes, the form, the caveats and the case in that form.
 *
 * @param version the version of the shared record this partner gets (1 for the first it got)
 * @param caseVersion the version of the case at the sending hub
 */
public record CaseReport(String reference, int version, int caseVersion, String change, String form,
        List<String> caveats, Instant sentAt, CaseInput content, @Nullable List<Photo> photos) {

    /**
     * A photo of the case, only ever in the nominal form (photos may show persons): its file name,
     * type and SHA-256 as the sender's store recorded them, and its bytes in Base64.
     */
    public record Photo(String name, String contentType, String sha256, String content) {
    }

    public static final MessageType TYPE = new MessageType("enforcement", "CaseReport");
    public static final String SCHEMA = "enforcement/schemas/case-report-1.schema.json";
    public static final String CONTENT_TYPE = "application/json";

    public CaseReport {
        caveats = List.copyOf(caveats);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** The photos carried (none in the non-nominal form). */
    public List<Photo> photoList() {
        return photos == null ? List.of() : photos;
    }

    /** The same report in the non-nominal form. */
    CaseReport nonNominal(CaseForms forms) {
        return new CaseReport(reference, version, caseVersion, change, CaseForms.NON_NOMINAL, caveats, sentAt,
                forms.nonNominal(content), List.of());
    }

    static PayloadSchema schema() {
        return PayloadSchema.json(SCHEMA);
    }

    /** The conversation a case is shared under, the same on every hub and every version. */
    public static String conversation(String reference) {
        return "enforcement-case/" + reference;
    }
}
