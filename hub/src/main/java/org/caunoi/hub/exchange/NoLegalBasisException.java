package org.caunoi.hub.exchange;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.caunoi.hub.partners.RefusalReason;
import org.caunoi.hub.platform.problem.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A send refused because no agreement allows it; nothing was queued. */
public class NoLegalBasisException extends RuntimeException implements Problem {

    private final String partnerCode;
    private final @Nullable RefusalReason reason;

    public NoLegalBasisException(String partnerCode, @Nullable RefusalReason reason, String what) {
        super("No legal basis to send " + what + " to " + partnerCode
                + (reason == null ? "" : ": " + reason.kebab()));
        this.partnerCode = partnerCode;
        this.reason = reason;
    }

    public String partnerCode() {
        return partnerCode;
    }

    public @Nullable RefusalReason reason() {
        return reason;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }

    @Override
    public URI problemType() {
        return URI.create("urn:caunoi:problem:no-legal-basis");
    }

    @Override
    public String detailKey() {
        return "exchange.connection.error.no-legal-basis";
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("partner", partnerCode);
        properties.put("reason", reason == null ? null : reason.kebab());
        return properties;
    }
}
