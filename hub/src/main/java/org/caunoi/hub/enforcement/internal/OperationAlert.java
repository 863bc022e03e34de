package org.caunoi.hub.enforcement.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadSchema;
import org.jspecify.annotations.Nullable;

/**
 * The payload of an operation alert ({@code enforcement/OperationAlert}, JSON following
 * {@code enforcement/schemas/operation-alert-2.schema.json}): the sender's alert id, the operation's
 * name and, if it has one, its Vietnamese name (for showing only; hubs of earlier releases send none),
 * the sender's id for the operation and its shared code if it has one (what
 * the receiving hub matches its own operation by), the text, and the attachments with their bytes
 * (base64 in JSON), so the alert stands alone at the receiving hub.
 *
 * @param nonNominalText beside the text as written (the nominal form) only: the sender's non-nominal form of it,
 *        cleaned with every name the sender knows; {@code null} in the non-nominal form (whose text is cleaned
 *        already) and from hubs of earlier releases (schema version 1)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OperationAlert(long alertId, String operation, @Nullable String operationVi, @Nullable Long operationId,
        @Nullable String operationCode, String text, Instant sentAt, List<File> attachments,
        @Nullable String nonNominalText) {

    public static final MessageType TYPE = new MessageType("enforcement", "OperationAlert");
    public static final String CONTENT_TYPE = "application/json";

    public OperationAlert {
        attachments = List.copyOf(attachments);
    }

    /** An attached file as it travels. */
    public record File(String name, byte[] content) {
    }

    static PayloadSchema schema() {
        return PayloadSchema.json("enforcement/schemas/operation-alert-2.schema.json");
    }

    /** The schema hubs of the earlier release write and take: version 2 without the sender's non-nominal text. */
    static PayloadSchema schemaVersion1() {
        return PayloadSchema.json("enforcement/schemas/operation-alert-1.schema.json");
    }

    /** The alert as a partner's hub that takes {@code payloadVersion} reads it: version 1 has no non-nominal text. */
    OperationAlert inPayloadVersion(int payloadVersion) {
        return payloadVersion >= 2 ? this
                : new OperationAlert(alertId, operation, operationVi, operationId, operationCode, text, sentAt, attachments, null);
    }
}
