package org.caunoi.hub.exchange.internal.endpoints;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint.KeyReference;
import org.caunoi.hub.exchange.internal.keys.Certificates;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.database.AfterCommit;
import org.caunoi.hub.platform.i18n.Sentences;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How this hub reaches a partner's hub, as an officer edits it on the partner page: the endpoint
 * URL, the partner's AS4 party id, its certificate (PEM or DER upload) and the key reference method.
 * Every problem is reported at once, as message keys the screen shows in the officer's language.
 */
@Service
public class ConnectionSettings {

    private static final Pattern PARTY_ID = Pattern.compile("[!-~]{1,200}");

    private final PartnerEndpoints endpoints;
    private final Partners partners;
    private final TrustedCertificates trusted;
    private final AuditTrail audit;
    private final Clock clock;
    private final EndpointPolicy policy;

    /** This hub's own party id, which no partner can have. */
    private final String ownPartyId;

    ConnectionSettings(PartnerEndpoints endpoints, Partners partners, TrustedCertificates trusted, AuditTrail audit, Clock clock,
            EndpointPolicy policy, org.caunoi.hub.platform.HubProperties hub,
            org.caunoi.hub.exchange.internal.ExchangeProperties exchange) {
        this.ownPartyId = exchange.partyIdOf(hub.node());
        this.policy = policy;
        this.endpoints = endpoints;
        this.partners = partners;
        this.trusted = trusted;
        this.audit = audit;
        this.clock = clock;
    }

    /** Problems with what an officer entered: field name to message key; 400 problem details on the API. */
    public static final class InvalidConnectionException extends org.caunoi.hub.platform.problem.InvalidFields {

        private final List<Problem> problems;

        /** One problem: the form field and the message key that explains it. */
        public record Problem(String field, String messageKey) {
        }

        InvalidConnectionException(List<Problem> problems) {
            super(problems.stream()
                    .map(p -> org.caunoi.hub.platform.problem.FieldProblem.of(p.field(), p.messageKey())).toList());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }

        /** The same problems with the fields named as a client named them ({@code endpointUrl} as {@code endpoint}). */
        public InvalidConnectionException withFieldNames(java.util.Map<String, String> names) {
            return new InvalidConnectionException(problems.stream()
                    .map(p -> new Problem(names.getOrDefault(p.field(), p.field()), p.messageKey())).toList());
        }
    }

    public Optional<PartnerEndpoint> of(String partnerCode) {
        return endpoints.of(partnerCode);
    }

    /** Whether the partner is in the registry, connected or not. */
    public boolean knows(String partnerCode) {
        return partners.partner(partnerCode).isPresent();
    }

    @Transactional
    public PartnerEndpoint save(String partnerCode, String endpointUrl, String partyId, KeyReference keyReference,
            byte @Nullable [] certificateUpload) {
        return save(partnerCode, endpointUrl, partyId, keyReference, certificateUpload, List.of());
    }

    /**
     * Saves as above, unless the caller already found {@code problems} in fields it reads itself (an API's key
     * reference that is neither BST nor SKI): those are then reported together with the rest, and nothing is saved.
     */
    @Transactional
    public PartnerEndpoint save(String partnerCode, String endpointUrl, String partyId, KeyReference keyReference,
            byte @Nullable [] certificateUpload, List<InvalidConnectionException.Problem> found) {
        var problems = new java.util.ArrayList<InvalidConnectionException.Problem>(found);
        if (partners.partner(partnerCode).isEmpty()) {
            problems.add(new InvalidConnectionException.Problem("partner", "exchange.connection.error.unknown-partner"));
        }
        policy.problem(endpointUrl.strip())
                .ifPresent(key -> problems.add(new InvalidConnectionException.Problem("endpointUrl", key)));
        if (!PARTY_ID.matcher(partyId.strip()).matches()) {
            problems.add(new InvalidConnectionException.Problem("partyId", "exchange.connection.error.party-id"));
        }
        else if (partyId.strip().equals(ownPartyId)) {
            problems.add(new InvalidConnectionException.Problem("partyId", "exchange.connection.error.own-party-id"));
        }
        else {
            endpoints.byPartyId(partyId.strip()).filter(other -> !other.partnerCode().equals(partnerCode))
                    .ifPresent(other -> problems.add(
                            new InvalidConnectionException.Problem("partyId", "exchange.connection.error.party-id-taken")));
        }
        X509Certificate certificate = endpoints.of(partnerCode).map(PartnerEndpoint::certificate).orElse(null);
        if (certificateUpload != null && certificateUpload.length > 0) {
            certificate = parse(certificateUpload);
            if (certificate == null) {
                problems.add(new InvalidConnectionException.Problem("certificate", "exchange.connection.error.certificate"));
            }
            else if (!validNow(certificate)) {
                problems.add(new InvalidConnectionException.Problem("certificate", "exchange.connection.error.certificate-expired"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConnectionException(problems);
        }
        var endpoint = new PartnerEndpoint(partnerCode, partyId.strip(), endpointUrl.strip(), certificate, keyReference);
        endpoints.save(endpoint);
        audit.record("EXCHANGE_ENDPOINT_SAVE", "partner-endpoint", partnerCode, certificate == null
                ? Sentences.of("exchange.audit-details.endpoint-saved-without-certificate", endpoint.endpointUrl(),
                        endpoint.partyId(), keyReference)
                : Sentences.of("exchange.audit-details.endpoint-saved", endpoint.endpointUrl(), endpoint.partyId(),
                        keyReference, Certificates.sha256(certificate)));
        AfterCommit.run(trusted::refresh); // the trust store then holds the new certificate
        return endpoint;
    }

    private boolean validNow(X509Certificate certificate) {
        try {
            certificate.checkValidity(Date.from(clock.instant()));
            return true;
        }
        catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    /** A certificate in PEM or DER form, or null when the file is neither. */
    static @Nullable X509Certificate parse(byte[] upload) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(upload));
        }
        catch (GeneralSecurityException | ClassCastException e) {
            return null;
        }
    }
}
