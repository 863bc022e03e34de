package org.caunoi.hub.enforcement.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadSchema;
import org.jspecify.annotations.Nullable;

/**
 * The payload a hub sends when it shares a version of a case ({@code enforcement/CaseReport}, JSON
 * following {@code enforcement/schemas/case-report-2.schema.json}): the sender's reference, the
 * version and what it changes, the form, the caveats and the case in that form.
 *
 * @param version the version of the shared record this partner gets (1 for the first it got)
 * @param caseVersion the version of the case at the sending hub
 * @param nonNominal beside the nominal form only: its free texts as the sender's non-nominal form has them;
 *        {@code null} in the non-nominal form and from hubs of earlier releases (schema version 1)
 */
public record CaseReport(String reference, int version, int caseVersion, String change, String form,
        List<String> caveats, Instant sentAt, CaseInput content, @Nullable List<Photo> photos,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable FreeTexts nonNominal) {

    /**
     * The free texts of a nominal case in the sender's non-nominal form. The sender's name index knows the
     * persons of all its cases, so it takes out a name the narrative mentions though this case does not
     * list it; the receiving hub, knowing only the persons listed, could not.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FreeTexts(@Nullable String description, @Nullable String concealment, @Nullable String narrative) {

        /** The free texts of a case already in the non-nominal form. */
        static FreeTexts of(CaseInput nonNominal) {
            return new FreeTexts(nonNominal.description(), nonNominal.concealment(), nonNominal.narrative());
        }
    }

    /**
     * A photo of the case, only ever in the nominal form (photos may show persons): its file name,
     * type and SHA-256 as the sender's store recorded them, and its bytes in Base64.
     */
    public record Photo(String name, String contentType, String sha256, String content) {
    }

    public static final MessageType TYPE = new MessageType("enforcement", "CaseReport");
    public static final String SCHEMA = "enforcement/schemas/case-report-2.schema.json";
    public static final String CONTENT_TYPE = "application/json";

    public CaseReport {
        caveats = List.copyOf(caveats);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A report as hubs of earlier releases send it (schema version 1): without the sender's non-nominal texts. */
    public CaseReport(String reference, int version, int caseVersion, String change, String form, List<String> caveats,
            Instant sentAt, CaseInput content, @Nullable List<Photo> photos) {
        this(reference, version, caseVersion, change, form, caveats, sentAt, content, photos, null);
    }

    /** The photos carried (none in the non-nominal form). */
    public List<Photo> photoList() {
        return photos == null ? List.of() : photos;
    }

    /** The same report in the non-nominal form: the sender's non-nominal texts, if it sent them, cleaned again here. */
    CaseReport nonNominal(CaseForms forms) {
        return new CaseReport(reference, version, caseVersion, change, CaseForms.NON_NOMINAL, caveats, sentAt,
                forms.nonNominal(content, nonNominal), List.of(), null);
    }

    static PayloadSchema schema() {
        return PayloadSchema.json(SCHEMA);
    }

    /** The schema hubs of the earlier release write and take: version 2 without the sender's non-nominal texts. */
    static PayloadSchema schemaVersion1() {
        return PayloadSchema.json("enforcement/schemas/case-report-1.schema.json");
    }

    /** The report as a partner's hub that takes {@code payloadVersion} reads it: version 1 has no non-nominal texts. */
    CaseReport inPayloadVersion(int payloadVersion) {
        return payloadVersion >= 2 ? this
                : new CaseReport(reference, version, caseVersion, change, form, caveats, sentAt, content, photos, null);
    }

    /** The conversation a case is shared under, the same on every hub and every version. */
    public static String conversation(String reference) {
        return "enforcement-case/" + reference;
    }
}
