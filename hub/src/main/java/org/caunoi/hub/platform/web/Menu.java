package org.caunoi.hub.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caunoi.hub.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The top menu: the entries of every {@link ModuleMenu} the modules registered, in their order, less those the
 * officer's roles do not reach, grouped by module: sixteen links side by side took three lines of a
 * 1366-pixel screen. The layout asks it with {@code ${@menu.groupsVisibleTo(#authentication)}}.
 */
@Component("menu")
public class Menu {

    private static final String HOME = "/";

    private final List<MenuEntry> entries;

    Menu(List<ModuleMenu> menus) {
        this.entries = menus.stream()
                .flatMap(menu -> menu.entries().stream())
                .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::path))
                .toList();
    }

    /**
     * One module's visible entries, under its name ({@code <module>.nav.group}) when there are
     * several; the home page stands alone, whichever module draws it.
     */
    public record MenuGroup(String module, List<MenuEntry> entries) {

        public String labelKey() {
            return module + ".nav.group";
        }

        public boolean single() {
            return entries.size() == 1;
        }
    }

    public List<MenuGroup> groupsVisibleTo(@Nullable Authentication authentication) {
        Map<String, List<MenuEntry>> byGroup = new LinkedHashMap<>();
        for (MenuEntry entry : visibleTo(authentication)) {
            String group = HOME.equals(entry.path()) ? HOME : entry.module();
            byGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(entry);
        }
        return byGroup.values().stream().map(entries -> new MenuGroup(entries.getFirst().module(), List.copyOf(entries))).toList();
    }

    public List<MenuEntry> visibleTo(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        List<Role> roles = Role.of(authentication);
        return entries.stream().filter(entry -> entry.visibleTo(roles)).toList();
    }
}
