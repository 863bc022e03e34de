package org.caunoi.hub.partners.web;

import org.caunoi.hub.platform.web.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's links in the top menu: the dashboard (until reports takes it), partners, agreements, the legal-basis check. */
@Configuration(proxyBeanMethods = false)
class PartnersMenu {

    @Bean
    MenuEntry dashboardMenuEntry() {
        return MenuEntry.forEveryone("partners", "ui.nav.dashboard", "/", 0);
    }

    @Bean
    MenuEntry partnersMenuEntry() {
        return MenuEntry.forEveryone("partners", "partners.nav.partners", "/partners", 10);
    }

    @Bean
    MenuEntry agreementsMenuEntry() {
        return MenuEntry.forEveryone("partners", "partners.nav.agreements", "/agreements", 20);
    }

    @Bean
    MenuEntry legalBasisMenuEntry() {
        return MenuEntry.forEveryone("partners", "legal.legal-basis", "/legal-basis", 30);
    }
}
