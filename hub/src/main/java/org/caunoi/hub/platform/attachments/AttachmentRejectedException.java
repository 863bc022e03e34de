package org.caunoi.hub.platform.attachments;

import java.util.List;

import org.caunoi.hub.platform.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * An upload the store refused, and nothing was stored: its bytes are not of a type the purpose
 * allows, it is too large, or it is empty. {@link #messageKey()} and {@link #args()} say why in the
 * officer's language; the exception's own message is for the log.
 */
public final class AttachmentRejectedException extends RuntimeException implements Problem {

    private final String messageKey;
    private final List<Object> args;

    AttachmentRejectedException(String messageKey, String logMessage, Object... args) {
        super(logMessage);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }

    @Override
    public HttpStatus status() {
        return switch (messageKey) {
            case "platform.attachments.too-large" -> HttpStatus.CONTENT_TOO_LARGE;
            case "platform.attachments.wrong-type" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    @Override
    public String detailKey() {
        return messageKey;
    }

    @Override
    public Object[] detailArguments() {
        return args();
    }
}
