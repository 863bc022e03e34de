package org.caunoi.hub.exchange.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.caunoi.hub.exchange.internal.endpoints.ConnectionSettings.InvalidConnectionException;
import org.caunoi.hub.exchange.internal.endpoints.ConnectionSettings;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.exchange.internal.keys.Certificates;
import org.caunoi.hub.exchange.internal.versions.PartnerVersions;
import org.caunoi.hub.exchange.internal.versions.VersionListUnreadable;
import org.caunoi.hub.platform.problem.HubProblem;
import org.caunoi.hub.platform.security.AdminOrLiaison;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/partners/{code}/connection}: how this hub reaches a partner's hub, read by anyone
 * signed in and set by an administrator or liaison officer, as the partner page's form does. A save
 * learns the partner's payload versions from its hub too ({@link VersionsApiController}).
 */
@RestController
class ConnectionApiController {

    /** The form's field names, as the API names them. */
    private static final Map<String, String> API_FIELDS = Map.of("endpointUrl", "endpoint");

    private final ConnectionSettings settings;
    private final PartnerVersions versions;
    private final MessageSource messages;

    ConnectionApiController(ConnectionSettings settings, PartnerVersions versions, MessageSource messages) {
        this.settings = settings;
        this.versions = versions;
        this.messages = messages;
    }

    /** A partner's hub connection as the API shows it: the certificate as PEM, with what identifies it. */
    record Connection(String partner, String endpoint, String partyId, String keyReference, @Nullable String certificate,
            @Nullable String certificateSha256, @Nullable String certificateSubject, @Nullable Instant certificateNotAfter,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String versionsProblem) {

        static Connection of(PartnerEndpoint endpoint) {
            return of(endpoint, null);
        }

        /** On a save: why the partner's payload versions could not be learned from its hub, when they could not. */
        static Connection of(PartnerEndpoint endpoint, @Nullable String versionsProblem) {
            var certificate = endpoint.certificate();
            return new Connection(endpoint.partnerCode(), endpoint.endpointUrl(), endpoint.partyId(),
                    endpoint.keyReference().name(), certificate == null ? null : Certificates.pem(certificate),
                    certificate == null ? null : Certificates.sha256(certificate),
                    certificate == null ? null : certificate.getSubjectX500Principal().getName(),
                    certificate == null ? null : certificate.getNotAfter().toInstant(), versionsProblem);
        }
    }

    /** What a client sends: the certificate as PEM, absent to keep the registered one. */
    record ConnectionInput(@Nullable String endpoint, @Nullable String partyId, @Nullable String certificate,
            @Nullable String keyReference) {
    }

    @GetMapping("/api/partners/{code}/connection")
    Connection connection(@PathVariable String code) {
        String partner = code.toUpperCase(Locale.ROOT);
        return settings.of(partner).map(Connection::of).orElseThrow(() -> settings.knows(partner)
                ? new HubProblem(HttpStatus.NOT_FOUND, "exchange.connection.error.none-yet", partner)
                : new HubProblem(HttpStatus.NOT_FOUND, "exchange.connection.error.no-such-partner", partner));
    }

    @PutMapping("/api/partners/{code}/connection")
    @AdminOrLiaison
    Connection save(@PathVariable String code, @RequestBody ConnectionInput input) {
        PartnerEndpoint.KeyReference reference = keyReference(input.keyReference());
        // An unknown key reference is reported with the other fields' problems; the placeholder is never saved.
        List<InvalidConnectionException.Problem> found = reference != null ? List.of()
                : List.of(new InvalidConnectionException.Problem("keyReference", "exchange.connection.error.key-reference"));
        try {
            PartnerEndpoint saved = settings.save(code.toUpperCase(Locale.ROOT), input.endpoint() == null ? "" : input.endpoint(),
                    input.partyId() == null ? "" : input.partyId(),
                    reference == null ? PartnerEndpoint.KeyReference.BST : reference,
                    input.certificate() == null ? null : input.certificate().getBytes(StandardCharsets.UTF_8), found);
            return Connection.of(saved, learnVersions(saved.partnerCode()));
        }
        catch (InvalidConnectionException e) {
            throw e.withFieldNames(API_FIELDS);
        }
    }

    /**
     * Learns the partner's payload versions from its hub once its connection is saved; the connection stays saved
     * when the list cannot be read, and the answer says why (what was recorded before stands).
     */
    private @Nullable String learnVersions(String partnerCode) {
        try {
            versions.learn(partnerCode);
            return null;
        }
        catch (VersionListUnreadable e) {
            return messages.getMessage(e.detailKey(), e.detailArguments(), LocaleContextHolder.getLocale());
        }
    }

    /** The key reference named, BST when none is; null when it is neither BST nor SKI. */
    private static PartnerEndpoint.@Nullable KeyReference keyReference(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return PartnerEndpoint.KeyReference.BST;
        }
        for (var reference : PartnerEndpoint.KeyReference.values()) {
            if (reference.name().equalsIgnoreCase(value.strip())) {
                return reference;
            }
        }
        return null;
    }
}
