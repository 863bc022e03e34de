package org.caunoi.hub.platform.audit;

import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.web.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail's link, last in the menu, for the roles that may read the trail. */
@Configuration(proxyBeanMethods = false)
class AuditMenu {

    @Bean
    MenuEntry auditMenuEntry() {
        return MenuEntry.forRoles("platform", "ui.nav.audit-trail", "/admin/audit", 1000, Role.ADMIN, Role.SUPERVISOR);
    }
}
