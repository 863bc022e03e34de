package org.caunoi.hub.platform.audit;

import java.util.List;

import org.caunoi.hub.platform.security.Role;
import org.caunoi.hub.platform.web.MenuEntry;
import org.caunoi.hub.platform.web.ModuleMenu;
import org.springframework.stereotype.Component;

/** The audit trail's link, last in the menu, for the roles that may read the trail. */
@Component
class AuditMenu implements ModuleMenu {

    @Override
    public List<MenuEntry> entries() {
        return List.of(MenuEntry.forRoles("platform", "ui.nav.audit-trail", "/admin/audit", 1000, Role.ADMIN, Role.SUPERVISOR));
    }
}
