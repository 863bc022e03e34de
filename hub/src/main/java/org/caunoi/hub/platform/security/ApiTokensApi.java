package org.caunoi.hub.platform.security;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caunoi.hub.platform.problem.UnknownValueException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * API tokens through the API: every officer lists, creates and revokes their own; an administrator
 * also those of another officer ({@code owner}). The secret is in the answer to the creation only.
 */
@RestController
@RequestMapping("/api/tokens")
class ApiTokensApi {

    private final ApiTokens tokens;
    private final UserAccounts accounts;

    ApiTokensApi(ApiTokens tokens, UserAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** What a client asks for: a name, and a life in days ({@value ApiTokens#DEFAULT_DAYS} when absent). */
    record NewToken(@NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*") String name,
            @Nullable @Min(1) @Max(ApiTokens.MAXIMUM_DAYS) Integer days, @Nullable String owner) {
    }

    /** A token as listed; {@code token} holds the secret in the answer to its creation, and only there. */
    record TokenView(long id, String owner, String name, Instant createdAt, String createdBy, Instant expiresAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable String token) {

        static TokenView of(ApiTokens.Token token, @Nullable String secret) {
            return new TokenView(token.id(), token.owner(), token.name(), token.createdAt(), token.createdBy(),
                    token.expiresAt(), token.lastUsedAt(), token.revokedAt(), secret);
        }
    }

    @GetMapping
    List<TokenView> list(@RequestParam(required = false) @Nullable String owner, CurrentOfficer officer) {
        return tokens.of(ownerFor(owner, officer)).stream().map(token -> TokenView.of(token, null)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TokenView> create(@Valid @RequestBody NewToken request, CurrentOfficer officer) {
        if (ApiTokenAuthentication.byToken(SecurityContextHolder.getContext().getAuthentication())) {
            throw new TokenMadeByTokenException();
        }
        String owner = ownerFor(request.owner(), officer);
        int days = request.days() == null ? ApiTokens.DEFAULT_DAYS : request.days();
        var created = tokens.create(owner, request.name().strip(), days, officer.username());
        return ResponseEntity.status(HttpStatus.CREATED).body(TokenView.of(created.token(), created.secret()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, CurrentOfficer officer) {
        var token = tokens.find(id).filter(found -> mayManage(found.owner(), officer))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        tokens.revoke(token.id(), officer.username());
        return ResponseEntity.noContent().build();
    }

    /** The owner asked for: the officer's own tokens, or, for an administrator, any existing officer's. */
    private String ownerFor(@Nullable String owner, CurrentOfficer officer) {
        if (owner == null || owner.isBlank() || owner.equals(officer.username())) {
            return officer.username();
        }
        if (!officer.roles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators manage other officers' tokens");
        }
        if (accounts.find(owner).isEmpty()) {
            throw new UnknownValueException("owner", owner,
                    accounts.all().stream().map(UserAccounts.Account::username).toList());
        }
        return owner;
    }

    static boolean mayManage(String owner, CurrentOfficer officer) {
        return owner.equals(officer.username()) || officer.roles().contains(Role.ADMIN);
    }
}
