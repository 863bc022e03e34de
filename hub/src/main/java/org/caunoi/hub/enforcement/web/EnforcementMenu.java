package org.caunoi.hub.enforcement.web;

import java.util.List;

import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.web.MenuEntry;
import org.caunoi.hub.platform.web.ModuleMenu;
import org.springframework.stereotype.Component;

/** The module's link in the top menu: every officer sees the cases, in the form their role allows. */
@Component
class EnforcementMenu implements ModuleMenu {

    @Override
    public List<MenuEntry> entries() {
        return List.of(MenuEntry.forEveryone("enforcement", "enforcement.nav.cases", "/enforcement/cases", 200),
                MenuEntry.forEveryone("enforcement", "enforcement.nav.received", "/enforcement/received", 201),
                MenuEntry.forEveryone("enforcement", "enforcement.nav.operations", "/enforcement/operations", 203),
                // Merging reads persons' records: an investigator's work, not an administrator's (need-to-know).
                MenuEntry.forRoles("enforcement", "enforcement.nav.merge", "/enforcement/merge", 202, Role.INVESTIGATOR));
    }
}
