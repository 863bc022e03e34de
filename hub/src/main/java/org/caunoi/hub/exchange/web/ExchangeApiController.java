package org.caunoi.hub.exchange.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.exchange.ExchangeService;
import org.caunoi.hub.exchange.NoLegalBasisException;
import org.caunoi.hub.exchange.PayloadTooLargeException;
import org.caunoi.hub.exchange.UnknownEndpointException;
import org.caunoi.hub.exchange.internal.DeadLetters;
import org.caunoi.hub.exchange.internal.MessageSummaries;
import org.caunoi.hub.exchange.internal.OutboundMessage;
import org.caunoi.hub.platform.security.AdminOrLiaison;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/exchange}: send a connectivity check, list messages in and out, resend a dead letter. */
@RestController
@RequestMapping("/api/exchange")
class ExchangeApiController {

    private final ExchangeService exchange;
    private final MessageList messages;
    private final DeadLetters deadLetters;

    ExchangeApiController(ExchangeService exchange, MessageList messages, DeadLetters deadLetters) {
        this.exchange = exchange;
        this.messages = messages;
        this.deadLetters = deadLetters;
    }

    @PostMapping("/ping")
    @AdminOrLiaison
    ResponseEntity<Map<String, String>> ping(@RequestParam String partner) {
        String messageId = exchange.ping(partner);
        return ResponseEntity.accepted().body(Map.of("messageId", messageId, "state", OutboundMessage.State.QUEUED.name()));
    }

    @GetMapping("/messages")
    List<MessageSummaries.MessageSummary> messages(@RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String type) {
        return messages.find(direction, partner, state, type);
    }

    @PostMapping("/messages/{messageId}/resend")
    @AdminOrLiaison
    ResponseEntity<Void> resend(@PathVariable String messageId) {
        return deadLetters.resend(messageId) ? ResponseEntity.accepted().build() : ResponseEntity.status(HttpStatus.CONFLICT).build();
    }

    @ExceptionHandler(NoLegalBasisException.class)
    ProblemDetail noLegalBasis(NoLegalBasisException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("No legal basis");
        problem.setType(URI.create("urn:caunoi:problem:no-legal-basis"));
        problem.setProperty("partner", e.partnerCode());
        problem.setProperty("reason", e.reason() == null ? null : e.reason().kebab());
        return problem;
    }

    @ExceptionHandler(UnknownEndpointException.class)
    ProblemDetail unknownEndpoint(UnknownEndpointException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Partner hub not configured");
        problem.setProperty("partner", e.partnerCode());
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Payload too large");
        problem.setProperty("size", e.size());
        problem.setProperty("maximum", e.maximum());
        return problem;
    }
}
