package org.caunoi.hub.exchange.web;

import java.util.List;

import org.caunoi.hub.platform.web.MenuEntry;
import org.caunoi.hub.platform.web.ModuleMenu;
import org.springframework.stereotype.Component;

/** The module's link in the top menu: messages in and out. */
@Component
class ExchangeMenu implements ModuleMenu {

    @Override
    public List<MenuEntry> entries() {
        return List.of(MenuEntry.forEveryone("exchange", "exchange.nav.messages", "/exchange/messages", 100));
    }
}
