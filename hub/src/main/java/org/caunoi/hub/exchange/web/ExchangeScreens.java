package org.caunoi.hub.exchange.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.caunoi.hub.exchange.CarriedRecords;
import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.NoLegalBasisException;
import org.caunoi.hub.exchange.UnknownEndpointException;
import org.caunoi.hub.exchange.internal.endpoints.ConnectionSettings;
import org.caunoi.hub.exchange.internal.endpoints.ConnectionSettings.InvalidConnectionException;
import org.caunoi.hub.exchange.internal.versions.PartnerVersions;
import org.caunoi.hub.exchange.internal.versions.VersionListUnreadable;
import org.caunoi.hub.platform.security.AdminOnly;
import org.caunoi.hub.exchange.internal.outbox.DeadLetters;
import org.caunoi.hub.exchange.internal.inbox.InboundMessage;
import org.caunoi.hub.exchange.internal.inbox.InboundMessages;
import org.caunoi.hub.exchange.internal.MessageEvents;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessage;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessages;
import org.caunoi.hub.exchange.internal.endpoints.PartnerEndpoint.KeyReference;
import org.caunoi.hub.partners.DataCategory;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.problem.HubProblem;
import org.caunoi.hub.platform.security.AdminLiaisonOrSupervisor;
import org.caunoi.hub.platform.security.AdminOrLiaison;
import org.caunoi.hub.platform.security.CurrentOfficer;
import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.web.ListPage;
import org.caunoi.hub.platform.web.PageOrFragment;
import org.caunoi.hub.platform.web.Paging;
import org.caunoi.hub.exchange.internal.MessageSummaries.MessageSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The liaison officer's view of the exchange: every message in and out with its state, a message's
 * history and receipt, the dead letters to resend, and a partner's hub connection with its test.
 * Payloads and raw signed forms are shown only to the roles that need them, and every look is audited.
 */
@Controller
class ExchangeScreens {

    private final ExchangeService exchange;
    private final MessageList messages;
    private final OutboundMessages outbound;
    private final InboundMessages inbound;
    private final MessageEvents events;
    private final DeadLetters deadLetters;
    private final ConnectionSettings connections;
    private final PartnerVersions versions;
    private final MessageSource bundles;
    private final AuditTrail audit;
    private final DeliveryErrors errors;
    private final Partners partners;
    private final ObjectProvider<CarriedRecords> carriers;

    ExchangeScreens(ExchangeService exchange, MessageList messages, OutboundMessages outbound, InboundMessages inbound,
            MessageEvents events, DeadLetters deadLetters, ConnectionSettings connections, AuditTrail audit,
            DeliveryErrors errors, Partners partners, ObjectProvider<CarriedRecords> carriers, PartnerVersions versions,
            MessageSource bundles) {
        this.carriers = carriers;
        this.bundles = bundles;
        this.versions = versions;
        this.errors = errors;
        this.partners = partners;
        this.exchange = exchange;
        this.messages = messages;
        this.outbound = outbound;
        this.inbound = inbound;
        this.events = events;
        this.deadLetters = deadLetters;
        this.connections = connections;
        this.audit = audit;
    }

    @GetMapping("/exchange/messages")
    String list(@RequestParam(defaultValue = "") String direction, @RequestParam(defaultValue = "") String partner,
            @RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            HtmxRequest htmx, Authentication user, CurrentOfficer officer, Locale locale, Model model) {
        model.addAttribute("direction", direction);
        model.addAttribute("partner", partner);
        model.addAttribute("partners", partners.all()); // the filter suggests each partner's code with its name
        model.addAttribute("state", state);
        model.addAttribute("type", type);
        model.addAttribute("states", Stream.concat(Arrays.stream(OutboundMessage.State.values()).map(Enum::name),
                Arrays.stream(InboundMessage.State.values()).map(Enum::name)).distinct().toList());
        ListPage<MessageSummary> shown = shown(messages.page(direction, partner, state, type, new Paging(page, size)), user,
                locale);
        model.addAttribute("page", shown);
        model.addAttribute("nothingExchangedYet", nothingExchangedYet(shown.total(), direction, partner, state, type));
        // Each row's record, by direction and message id, as the message page links it: each module asked once a page.
        Map<String, CarriedRecords.CarriedRecord> records = new HashMap<>();
        List<CarriedRecords.CarriedMessage> rows = shown.rows().stream().map(ExchangeScreens::carriedMessage).toList();
        carriers.orderedStream().forEach(module -> module.carriedBy(rows, officer).forEach((message, record) ->
                records.putIfAbsent((message.outbound() ? "out" : "in") + "/" + message.messageId(), record)));
        model.addAttribute("records", records);
        return PageOrFragment.of(htmx, "exchange/messages", "rows");
    }

    @GetMapping("/exchange/messages/{direction}/{messageId}")
    String message(@PathVariable String direction, @PathVariable String messageId, Authentication user,
            CurrentOfficer officer, Locale locale, Model model) {
        var stored = messages.of(direction, messageId).orElseThrow(() -> notFound(messageId));
        model.addAttribute("records", carried(stored, officer));
        model.addAttribute("payloadWithheld", withheldBecause(stored.category(), officer));
        // Explained from what the sender recorded: the reader may see only a placeholder for it.
        model.addAttribute("explanation", stored.lastError() == null ? null : DeliveryErrors.explanationKey(stored.lastError()));
        model.addAttribute("m", errors.shown(stored, user, locale));
        if ("out".equals(direction)) {
            model.addAttribute("receipt", outbound.receiptSize(messageId).orElse(0));
        }
        model.addAttribute("direction", direction);
        model.addAttribute("messageId", messageId);
        model.addAttribute("history", events.of(direction.toUpperCase(Locale.ROOT), messageId).stream()
                .map(event -> errors.shown(event, user, locale)).toList());
        return "exchange/message";
    }

    /** The payload, loaded on request into the message page; the look is audited. */
    @GetMapping("/exchange/messages/{direction}/{messageId}/payload")
    @AdminLiaisonOrSupervisor
    String payload(@PathVariable String direction, @PathVariable String messageId, CurrentOfficer officer, Model model) {
        var stored = messages.of(direction, messageId).orElseThrow(() -> notFound(messageId));
        String withheld = withheldBecause(stored.category(), officer);
        if (withheld != null) {
            throw new HubProblem(HttpStatus.FORBIDDEN, withheld);
        }
        byte[] payload = switch (direction) {
            case "out" -> outbound.payload(messageId).orElseThrow(() -> notFound(messageId));
            case "in" -> inbound.payload(messageId).orElseThrow(() -> notFound(messageId));
            default -> throw notFound(messageId);
        };
        audit.record("EXCHANGE_VIEW_PAYLOAD", "exchange-message", messageId, "out".equals(direction)
                ? Sentences.of("exchange.audit-details.view-payload-out", payload.length)
                : Sentences.of("exchange.audit-details.view-payload-in", payload.length));
        model.addAttribute("text", PayloadText.readable(payload));
        return "exchange/message :: payload";
    }

    /**
     * Why the officer does not read the payload here, or null when they do. A payload of personal data (a nominal
     * case report or alert) is read only by a supervisor, who reads every case in full; admins and liaison officers
     * read cases in the non-nominal form, so not through the message either. A request for assistance or its answer
     * names persons though its category is not personal data for the legal basis: an administrator reads requests
     * withheld (README, "Who reads what"), so not through the message either.
     */
    private static @Nullable String withheldBecause(@Nullable String category, CurrentOfficer officer) {
        boolean personal = category != null && Arrays.stream(DataCategory.values())
                .anyMatch(known -> known.personalData() && is(known, category));
        if (personal && !officer.hasAnyRole(Role.SUPERVISOR)) {
            return "exchange.payload.personal-data";
        }
        if (category != null && is(DataCategory.ASSISTANCE_REQUEST, category)
                && !officer.hasAnyRole(Role.SUPERVISOR, Role.LIAISON_OFFICER)) {
            return "exchange.payload.assistance-request";
        }
        return null;
    }

    private static boolean is(DataCategory known, String category) {
        return known.kebab().equals(category) || known.name().equals(category);
    }

    /** The signed receipt (out) or the signed request as received (in), for non-repudiation. */
    @GetMapping("/exchange/messages/{direction}/{messageId}/signed")
    @AdminLiaisonOrSupervisor
    ResponseEntity<byte[]> signed(@PathVariable String direction, @PathVariable String messageId) {
        byte[] bytes;
        String contentType;
        if ("out".equals(direction)) {
            bytes = outbound.receiptRaw(messageId).orElseThrow(() -> notFound(messageId));
            contentType = "application/soap+xml";
        }
        else if ("in".equals(direction)) {
            var raw = inbound.raw(messageId).orElseThrow(() -> notFound(messageId));
            bytes = raw.bytes();
            contentType = raw.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : raw.contentType();
        }
        else {
            throw notFound(messageId);
        }
        audit.record("EXCHANGE_DOWNLOAD_SIGNED", "exchange-message", messageId, "out".equals(direction)
                ? Sentences.of("exchange.audit-details.download-receipt", bytes.length)
                : Sentences.of("exchange.audit-details.download-request", bytes.length));
        String fileName = messageId.replaceAll("[^A-Za-z0-9.@-]", "_") + ("out".equals(direction) ? "-receipt.xml" : "-request.mime");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, "out".equals(direction) ? contentType : MediaType.APPLICATION_OCTET_STREAM_VALUE)
                .body(bytes);
    }

    @GetMapping("/exchange/dead-letters")
    String deadLetters(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, HtmxRequest htmx, Authentication user,
            Locale locale, Model model) {
        model.addAttribute("page", shown(messages.deadLetters(new Paging(page, size)), user, locale));
        return PageOrFragment.of(htmx, "exchange/dead-letters", "rows");
    }

    /** The record the message carries, from the module that owns it, when the officer may open it. */
    private List<CarriedRecords.CarriedRecord> carried(MessageSummary message, CurrentOfficer officer) {
        var carried = carriedMessage(message);
        return carriers.orderedStream().flatMap(module -> module.carriedBy(carried, officer).stream()).toList();
    }

    private static CarriedRecords.CarriedMessage carriedMessage(MessageSummary message) {
        return new CarriedRecords.CarriedMessage("out".equals(message.direction()), message.messageId(), message.partner(),
                message.type(), message.inReplyTo());
    }

    /** The page with each delivery error as the officer may read it. */
    /**
     * Whether the hub has never sent or received a message: nothing is listed though no filter narrows
     * the list. An empty list under a filter only says that nothing matches.
     */
    static boolean nothingExchangedYet(long total, String... filters) {
        return total == 0 && Arrays.stream(filters).allMatch(String::isBlank);
    }

    private ListPage<MessageSummary> shown(ListPage<MessageSummary> page, Authentication user, Locale locale) {
        return new ListPage<>(page.rows().stream().map(m -> errors.shown(m, user, locale)).toList(), page.page(),
                page.size(), page.total());
    }

    @PostMapping("/exchange/messages/out/{messageId}/resend")
    @AdminOrLiaison
    String resend(@PathVariable String messageId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", deadLetters.resend(messageId) ? "exchange.resent" : "exchange.resend.not-dead");
        return "redirect:/exchange/messages/out/" + messageId;
    }

    /**
     * The hub-connection section of the partner page, which loads it with htmx; its form and its
     * test button post back with htmx too and get the section again, with what happened.
     */
    @GetMapping("/exchange/partners/{code}/connection")
    String connection(@PathVariable String code, Model model) {
        var endpoint = connections.of(code).orElse(null);
        model.addAttribute("code", code);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("cert", endpoint == null || endpoint.certificate() == null ? null
                : CertificateView.of(endpoint.certificate(), java.time.Instant.now()));
        model.addAttribute("keyReferences", KeyReference.values());
        model.addAttribute("versions", connections.knows(code) ? versions.of(code) : List.of());
        return "exchange/connection :: connection";
    }

    @PostMapping("/exchange/partners/{code}/connection")
    @AdminOrLiaison
    String saveConnection(@PathVariable String code, @RequestParam(defaultValue = "") String endpointUrl,
            @RequestParam(defaultValue = "") String partyId, @RequestParam(defaultValue = "BST") KeyReference keyReference,
            @RequestParam(required = false) @Nullable MultipartFile certificate, Model model) throws IOException {
        try {
            connections.save(code, endpointUrl, partyId, keyReference,
                    certificate == null || certificate.isEmpty() ? null : certificate.getBytes());
            model.addAttribute("notice", "exchange.connection.saved");
            learnVersions(code, model);
        }
        catch (InvalidConnectionException e) {
            model.addAttribute("problems", e.problems().stream().map(InvalidConnectionException.Problem::messageKey).toList());
            model.addAttribute("entered", new Entered(endpointUrl, partyId, keyReference));
        }
        return connection(code, model);
    }

    /** Reads the partner's payload versions from its hub again, as an administrator asks on the partner page. */
    @PostMapping("/exchange/partners/{code}/versions/check")
    @AdminOnly
    String checkVersions(@PathVariable String code, Model model) {
        if (learnVersions(code, model)) {
            model.addAttribute("notice", "exchange.versions.learned");
        }
        return connection(code, model);
    }

    /** True when the versions were learned; otherwise the page says why, and what was recorded stands. */
    private boolean learnVersions(String code, Model model) {
        try {
            versions.learn(code);
            return true;
        }
        catch (VersionListUnreadable e) {
            model.addAttribute("versionsProblem", bundles.getMessage(e.detailKey(), e.detailArguments(),
                    LocaleContextHolder.getLocale()));
            return false;
        }
    }

    /** What the page shows of a certificate (templates may not reach into the JDK's certificate classes). */
    record CertificateView(String subject, String issuer, java.time.Instant validFrom, java.time.Instant validTo,
            boolean expired, String sha256) {

        static CertificateView of(java.security.cert.X509Certificate certificate, java.time.Instant now) {
            // Moments, not days: the page shows them as the officers' days, as it shows every other moment.
            return new CertificateView(certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(),
                    certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(),
                    certificate.getNotAfter().toInstant().isBefore(now),
                    org.caunoi.hub.exchange.internal.keys.Certificates.sha256(certificate));
        }
    }

    /** What the officer typed, shown again beside the problems. */
    record Entered(String endpointUrl, String partyId, KeyReference keyReference) {
    }

    /** Sends a Ping now and opens its page, where the receipt shows once it is back. */
    @PostMapping("/exchange/partners/{code}/ping")
    @AdminOrLiaison
    String ping(@PathVariable String code, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        try {
            String page = "/exchange/messages/out/" + exchange.ping(code);
            if (!htmx.isHtmxRequest()) {
                return "redirect:" + page;
            }
            response.setHeader("HX-Redirect", page); // htmx opens the page itself; a 302 would be followed silently
            return connection(code, model);
        }
        catch (NoLegalBasisException e) {
            model.addAttribute("problems", List.of("exchange.connection.error.no-legal-basis"));
        }
        catch (UnknownEndpointException e) {
            model.addAttribute("problems", List.of("exchange.connection.error.no-endpoint"));
        }
        return connection(code, model);
    }

    private static ResponseStatusException notFound(String messageId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No message " + messageId);
    }
}
