package org.caunoi.hub.enforcement.internal;

import org.caunoi.hub.platform.security.UserAccounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Finds the signed-in officer's unit and roles, which decide what they may do with a case. */
@Component
public class Officers {

    private final UserAccounts accounts;

    Officers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Officer of(Authentication authentication) {
        return accounts.find(authentication.getName()).filter(UserAccounts.Account::enabled)
                .map(account -> new Officer(account.username(), account.unit(), account.roles()))
                .orElseThrow(() -> new AccessDeniedException("no enabled officer account " + authentication.getName()));
    }
}
