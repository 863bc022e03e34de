package org.caunoi.hub.enforcement.internal;

import java.util.List;

import org.caunoi.hub.platform.attachments.AttachmentRejectedException;
import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * A photo the attachment store refused (not a JPEG, PNG or WebP image, over the size limit, empty),
 * as a field error on {@code photo}: the API answers 400 naming it, the case page shows the store's
 * reason in the officer's language. Nothing was stored.
 */
public class PhotoRejectedException extends RuntimeException implements Problem {

    private final AttachmentRejectedException rejected;

    PhotoRejectedException(AttachmentRejectedException rejected) {
        super("photo refused: " + rejected.getMessage(), rejected);
        this.rejected = rejected;
    }

    public String messageKey() {
        return rejected.messageKey();
    }

    public Object[] args() {
        return rejected.args();
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String detailKey() {
        return "enforcement.photo.refused";
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(FieldProblem.of("photo", rejected.messageKey(), rejected.args()));
    }
}
