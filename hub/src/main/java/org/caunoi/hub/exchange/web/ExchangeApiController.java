package org.caunoi.hub.exchange.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.internal.MessageSummaries.MessageSummary;
import org.caunoi.hub.exchange.internal.outbox.DeadLetters;
import org.caunoi.hub.exchange.internal.outbox.OutboundMessage;
import org.caunoi.hub.partners.Partner;
import org.caunoi.hub.partners.Partners;
import org.caunoi.hub.platform.Codes;
import org.caunoi.hub.platform.problem.HubProblem;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.caunoi.hub.platform.security.AdminOrLiaison;
import org.caunoi.hub.platform.web.AnswersConflict;
import org.caunoi.hub.platform.web.ListPage;
import org.caunoi.hub.platform.web.PagedAnswer;
import org.caunoi.hub.platform.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/exchange}: send a connectivity check, list messages in and out (newest first, a page
 * of {@code size} at a time, 100 by default, paged as every API list is), resend a dead letter.
 */
@RestController
@RequestMapping("/api/exchange")
class ExchangeApiController {

    private final ExchangeService exchange;
    private final MessageList messages;
    private final DeadLetters deadLetters;
    private final DeliveryErrors errors;
    private final Partners partners;

    ExchangeApiController(ExchangeService exchange, MessageList messages, DeadLetters deadLetters, DeliveryErrors errors,
            Partners partners) {
        this.partners = partners;
        this.errors = errors;
        this.exchange = exchange;
        this.messages = messages;
        this.deadLetters = deadLetters;
    }

    @PostMapping("/ping")
    @AnswersConflict("The partner's hub connection is not set up")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @AdminOrLiaison
    ResponseEntity<Map<String, String>> ping(@RequestParam String partner) {
        String code = partner.strip().toUpperCase(Locale.ROOT); // partner codes are capitals by rule
        if (partners.partner(code).isEmpty()) {
            // A code the registry lacks is a bad parameter, not a refusal by the legal basis (403 reads as a permission)
            throw new UnknownValueException("partner", partner, partners.all().stream().map(Partner::code).sorted().toList());
        }
        String messageId = exchange.ping(code);
        return ResponseEntity.accepted().body(Map.of("messageId", messageId, "state", MessageJson.kebab(OutboundMessage.State.QUEUED.name())));
    }

    /** Messages a page of the list holds when the call names no {@code size}. */
    static final int LIST_SIZE = 100;

    @GetMapping("/messages")
    ResponseEntity<List<MessageJson>> messages(@RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String type, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + LIST_SIZE) int size, Authentication user, Locale locale) {
        MessageList.checkFilters(direction, state);
        Paging paging = new Paging(page, size);
        ListPage<MessageSummary> listed = messages.page(direction, partner, state, type, paging);
        return PagedAnswer.of(paging.of(listed.rows().stream()
                .map(m -> MessageJson.of(errors.shown(m, user, locale))).toList(), listed.total()));
    }

    @PostMapping("/messages/{messageId}/resend")
    @AnswersConflict("The message has not been given up: only a dead letter is sent again")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @AdminOrLiaison
    ResponseEntity<Void> resend(@PathVariable String messageId) {
        if (deadLetters.resend(messageId)) {
            return ResponseEntity.accepted().build();
        }
        String state = deadLetters.state(messageId).orElseThrow(() ->
                new HubProblem(HttpStatus.NOT_FOUND, "exchange.resend.unknown", messageId));
        // The state by its name in the reader's language: the message source resolves a resolvable argument.
        throw new HubProblem(HttpStatus.CONFLICT, "exchange.resend.not-given-up", messageId,
                new DefaultMessageSourceResolvable("exchange.state." + Codes.of(state)));
    }
}
