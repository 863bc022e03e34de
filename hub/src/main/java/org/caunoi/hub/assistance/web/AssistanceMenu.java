package org.caunoi.hub.assistance.web;

import java.util.List;

import org.caunoi.hub.platform.web.MenuEntry;
import org.caunoi.hub.platform.web.ModuleMenu;
import org.springframework.stereotype.Component;

/** The module's links in the top menu: the requests sent and received, and the year's figures. */
@Component
class AssistanceMenu implements ModuleMenu {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                MenuEntry.forEveryone("assistance", "assistance.nav.requests", "/assistance/requests", 300),
                MenuEntry.forEveryone("assistance", "assistance.nav.figures", "/assistance/figures", 310));
    }
}
