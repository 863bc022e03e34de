package org.caunoi.hub.exchange.web;

import org.caunoi.hub.platform.web.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's link in the top menu: messages in and out. */
@Configuration(proxyBeanMethods = false)
class ExchangeMenu {

    @Bean
    MenuEntry messagesMenuEntry() {
        return MenuEntry.forEveryone("exchange", "exchange.nav.messages", "/exchange/messages", 100);
    }
}
