package org.caunoi.hub.platform.security;

import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.transaction.TransactionException;

/**
 * {@code Authorization: Bearer <token>} as Spring Security's pieces: a converter that reads the header
 * into an unchecked {@link Presented} token, and a provider that looks up its hash and authenticates
 * as the owner with the owner's current roles. The secret itself is never a name, a log line or an
 * audit entry: failures are known by the first characters of the token's hash.
 */
final class ApiTokenAuthentication {

    private static final String BEARER = "bearer ";

    private ApiTokenAuthentication() {
    }

    /** A token as the caller presented it, not yet checked; named by its hash's first characters. */
    static final class Presented extends AbstractAuthenticationToken {

        private final String secret;

        Presented(String secret) {
            super(List.of());
            this.secret = secret;
        }

        @Override
        public Object getCredentials() {
            return secret;
        }

        @Override
        public Object getPrincipal() {
            return getName();
        }

        @Override
        public String getName() {
            return "api-token:" + ApiTokens.sha256(secret).substring(0, 12);
        }
    }

    /** What a caller signed in with a token carries: the token's id. */
    record ByToken(long tokenId) {
    }

    /** Whether this caller signed in with an API token rather than a password. */
    static boolean byToken(@Nullable Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof ByToken;
    }

    /** A token that is unknown, expired or revoked: the same answer for each, so a caller learns nothing. */
    static BadCredentialsException refused() {
        return new BadCredentialsException("unknown, expired or revoked API token");
    }

    /** Reads a bearer token from the header; a request without one is left to HTTP Basic. */
    static AuthenticationConverter converter() {
        return (HttpServletRequest request) -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return null;
            }
            String secret = header.substring(BEARER.length()).strip();
            if (secret.isEmpty() || secret.length() > 200) {
                throw refused();
            }
            return new Presented(secret);
        };
    }

    /** Authenticates a presented token as its owner, and notes its use (at most once a minute). */
    static AuthenticationProvider provider(ApiTokens tokens) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                try {
                    return authenticated((Presented) authentication);
                }
                catch (DataAccessException | TransactionException unchecked) {
                    // As Spring's provider of passwords does: not a wrong token but one the database could not check (503).
                    throw new InternalAuthenticationServiceException("The token could not be checked", unchecked);
                }
            }

            private Authentication authenticated(Presented authentication) {
                var holder = tokens.holderOf(authentication.secret)
                        .filter(found -> found.revokedAt() == null && found.expiresAt().isAfter(tokens.now()))
                        .orElseThrow(ApiTokenAuthentication::refused);
                if (!holder.ownerEnabled()) {
                    throw new DisabledException("account disabled");
                }
                tokens.used(holder);
                Collection<GrantedAuthority> authorities = PasswordChangeGate.withNote(holder.roles().stream()
                        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList(),
                        holder.ownerMustChangePassword());
                var owner = User.withUsername(holder.owner()).password("").authorities(authorities).build();
                var signedIn = UsernamePasswordAuthenticationToken.authenticated(owner, null, authorities);
                signedIn.setDetails(new ByToken(holder.id()));
                return signedIn;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return Presented.class.isAssignableFrom(authentication);
            }
        };
    }

    /** The name a throttle and the audit trail know a presented token by, or null when there is none. */
    static @Nullable String nameOf(HttpServletRequest request) {
        try {
            Authentication presented = converter().convert(request);
            return presented == null ? null : presented.getName();
        }
        catch (BadCredentialsException malformed) {
            return null;
        }
    }
}
