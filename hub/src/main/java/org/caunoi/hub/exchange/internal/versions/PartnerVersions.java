package org.caunoi.hub.exchange.internal.versions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caunoi.hub.exchange.MessageType;
import org.caunoi.hub.exchange.PayloadVersions;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoints;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.problem.FieldProblem;
import org.caunoi.hub.platform.problem.HubProblem;
import org.caunoi.hub.platform.problem.InvalidFields;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payload versions each partner's hub takes: learned from the partner's {@code GET /schemas} list
 * (when its connection is saved, or when an administrator asks), or set by an administrator for a hub
 * whose list cannot be reached. Every change, and every list that could not be read, is in the audit trail.
 */
@Service
public class PartnerVersions implements PayloadVersions {

    /** One message type as the partner's page shows it: this hub's version, the partner's, and where that came from. */
    public record TypeVersion(MessageType type, int ownVersion, int partnerVersion, int writtenVersion,
            @Nullable String source, @Nullable String recordedBy, @Nullable Instant recordedAt) {
    }

    private final OwnVersions own;
    private final RecordedVersions recorded;
    private final PartnerSchemaLists lists;
    private final PartnerEndpoints endpoints;
    private final Partners partners;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PartnerVersions(OwnVersions own, RecordedVersions recorded, PartnerSchemaLists lists, PartnerEndpoints endpoints,
            Partners partners, AuditTrail audit, Clock clock, TransactionTemplate transaction) {
        this.own = own;
        this.recorded = recorded;
        this.lists = lists;
        this.endpoints = endpoints;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public int writtenFor(String partnerCode, MessageType type) {
        int current = own.current(type);
        return recorded.version(partnerCode, type.toString()).map(version -> Math.min(version, current)).orElse(current);
    }

    /** Every versioned type this hub writes, with what is recorded for the partner (this release's version when nothing is). */
    public List<TypeVersion> of(String partnerCode) {
        Map<String, RecordedVersions.Recorded> known = recorded.of(knownPartner(partnerCode)).stream()
                .collect(Collectors.toMap(RecordedVersions.Recorded::messageType, version -> version));
        return own.types().stream().map(type -> {
            int current = own.current(type);
            var version = known.get(type.toString());
            return version == null ? new TypeVersion(type, current, current, current, null, null, null)
                    : new TypeVersion(type, current, version.version(), Math.min(version.version(), current),
                            version.source(), version.recordedBy(), version.recordedAt());
        }).toList();
    }

    /**
     * Reads the partner's {@code GET /schemas} list and records the highest version it lists of each type this hub
     * writes. The partner's hub is asked outside any transaction; only what it answered is then written.
     *
     * @throws VersionListUnreadable when the list cannot be read (audited; what was recorded stands)
     */
    public List<TypeVersion> learn(String partnerCode) {
        String partner = knownPartner(partnerCode);
        PartnerEndpoint endpoint = endpoints.of(partner).orElseThrow(
                () -> new HubProblem(HttpStatus.NOT_FOUND, "exchange.versions.error.no-connection", partnerName(partner)));
        Map<String, Integer> listed;
        try {
            listed = lists.highestVersions(endpoint.endpointUrl());
        }
        catch (VersionListUnreadable e) {
            audit.record("EXCHANGE_VERSIONS_UNREADABLE", "partner-endpoint", partner,
                    Sentences.of("exchange.audit-details.versions-unreadable", PartnerSchemaLists.listAddress(endpoint.endpointUrl())));
            throw e.naming(partnerName(partner));
        }
        Map<String, Integer> ours = new LinkedHashMap<>();
        own.types().forEach(type -> {
            Integer version = listed.get(type.toString());
            if (version != null) {
                ours.put(type.toString(), version);
            }
        });
        transaction.executeWithoutResult(status -> {
            recorded.record(partner, ours, RecordedVersions.FROM_PARTNER_LIST, actor(), clock.instant());
            audit.record("EXCHANGE_VERSIONS_LEARN", "partner-endpoint", partner,
                    Sentences.of("exchange.audit-details.versions-learned", PartnerSchemaLists.listAddress(endpoint.endpointUrl()),
                            inWords(ours)));
        });
        return of(partner);
    }

    /**
     * Records versions an administrator sets, by message type name ({@code enforcement/CaseReport} → 1): each must be
     * one this hub writes. All or nothing, every problem reported at once.
     */
    public List<TypeVersion> set(String partnerCode, Map<String, Integer> versions) {
        String partner = knownPartner(partnerCode);
        List<FieldProblem> problems = new ArrayList<>();
        if (versions.isEmpty()) {
            problems.add(FieldProblem.of("versions", "exchange.versions.error.none-given"));
        }
        versions.forEach((name, version) -> own.type(name).ifPresentOrElse(type -> {
            if (version == null || !own.of(type).contains(version)) {
                problems.add(FieldProblem.of(name, "exchange.versions.error.not-written",
                        own.of(type).stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
        }, () -> problems.add(FieldProblem.of(name, "exchange.versions.error.unknown-type",
                own.types().stream().map(MessageType::toString).collect(Collectors.joining(", "))))));
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        transaction.executeWithoutResult(status -> {
            recorded.record(partner, versions, RecordedVersions.BY_ADMINISTRATOR, actor(), clock.instant());
            audit.record("EXCHANGE_VERSIONS_SET", "partner-endpoint", partner,
                    Sentences.of("exchange.audit-details.versions-set", inWords(versions)));
        });
        return of(partner);
    }

    private String knownPartner(String partnerCode) {
        String code = partnerCode.toUpperCase(java.util.Locale.ROOT);
        if (partners.partner(code).isEmpty()) {
            throw new HubProblem(HttpStatus.NOT_FOUND, "exchange.connection.error.no-such-partner", code);
        }
        return code;
    }

    /** The partner's name in the reader's language, as an argument of a problem's sentence. */
    private DefaultMessageSourceResolvable partnerName(String code) {
        var partner = partners.partner(code).orElseThrow();
        return new DefaultMessageSourceResolvable(new String[] {Partners.NAME}, new Object[] {partner.nameVi(), partner.nameEn()});
    }

    /** {@code enforcement/CaseReport 1, enforcement/OperationAlert 2}: codes, the same in both languages. */
    private static String inWords(Map<String, Integer> versions) {
        return versions.isEmpty() ? "-" : versions.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }
}
