package org.caunoi.hub.platform.web;

import java.util.Comparator;
import java.util.List;

import org.caunoi.hub.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The top menu: the entries of every {@link ModuleMenu} the modules registered, in their order, less those the
 * officer's roles do not reach. The layout asks it with {@code ${@menu.visibleTo(#authentication)}}.
 */
@Component("menu")
public class Menu {

    private final List<MenuEntry> entries;

    Menu(List<ModuleMenu> menus) {
        this.entries = menus.stream()
                .flatMap(menu -> menu.entries().stream())
                .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::path))
                .toList();
    }

    public List<MenuEntry> visibleTo(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        List<Role> roles = Role.of(authentication);
        return entries.stream().filter(entry -> entry.visibleTo(roles)).toList();
    }
}
