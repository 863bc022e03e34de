package org.caunoi.hub.platform.security;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for services and templates: the signed-in officer with unit and roles
 * ({@link #current()}), and the role check templates use ({@code ${@officers.hasAnyRole('ADMIN',
 * 'LIAISON_OFFICER')}}, where a misspelt role fails loudly instead of hiding a button).
 */
@Component("officers")
public class Officers {

    private final UserAccounts accounts;

    Officers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The officer of the current request; empty when nobody is signed in. */
    public Optional<CurrentOfficer> current() {
        return signedIn().flatMap(authentication -> accounts.find(authentication.getName()))
                .map(account -> new CurrentOfficer(account.username(), account.displayName(), account.unit(),
                        account.roles()));
    }

    /** Whether the signed-in officer holds one of these roles; reads the session only, not the database. */
    public boolean hasAnyRole(Role... roles) {
        return signedIn().map(Role::of).map(held -> Arrays.stream(roles).anyMatch(held::contains)).orElse(false);
    }

    /** The signed-in officer's roles, for a refusal to say which they hold; empty when nobody is signed in. */
    public java.util.List<Role> roles() {
        return signedIn().map(Role::of).map(held -> held.stream().sorted().toList()).orElse(java.util.List.of());
    }

    private static Optional<Authentication> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken ? Optional.empty() : Optional.of(authentication);
    }
}
