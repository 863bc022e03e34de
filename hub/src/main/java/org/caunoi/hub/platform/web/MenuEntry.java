package org.caunoi.hub.platform.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

import org.caunoi.hub.platform.security.Role;

/**
 * One link of the top menu, contributed by the module that owns the screen through its
 * {@link ModuleMenu}, so the layout never names a module. No roles means every signed-in officer.
 *
 * @param module the module's name, as Spring Modulith knows it ({@code partners}, {@code exchange})
 * @param labelKey the message key of the link's text
 * @param path where the link goes, from the application root
 * @param order the position in the menu, smaller first
 * @param roles who sees the link; empty for everyone signed in
 */
public record MenuEntry(String module, String labelKey, String path, int order, Set<Role> roles) {

    public MenuEntry {
        roles = Set.copyOf(roles);
    }

    /** An entry every signed-in officer sees. */
    public static MenuEntry forEveryone(String module, String labelKey, String path, int order) {
        return new MenuEntry(module, labelKey, path, order, Set.of());
    }

    /** An entry only officers with one of these roles see. */
    public static MenuEntry forRoles(String module, String labelKey, String path, int order, Role... roles) {
        return new MenuEntry(module, labelKey, path, order, Set.copyOf(Arrays.asList(roles)));
    }

    boolean visibleTo(Collection<Role> officerRoles) {
        return roles.isEmpty() || officerRoles.stream().anyMatch(roles::contains);
    }
}
