package org.caunoi.hub.partners.web;

import java.util.List;

import org.caunoi.hub.platform.web.MenuEntry;
import org.caunoi.hub.platform.web.ModuleMenu;
import org.springframework.stereotype.Component;

/** The module's links in the top menu: the dashboard (until reports takes it), partners, agreements, the legal-basis check. */
@Component
class PartnersMenu implements ModuleMenu {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                MenuEntry.forEveryone("partners", "ui.nav.dashboard", "/", 0),
                MenuEntry.forEveryone("partners", "partners.nav.partners", "/partners", 10),
                MenuEntry.forEveryone("partners", "partners.nav.agreements", "/agreements", 20),
                MenuEntry.forEveryone("partners", "legal.legal-basis", "/legal-basis", 30));
    }
}
