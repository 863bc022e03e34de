package org.caunoi.hub.platform.web;

import java.util.List;

/**
 * A module's links in the top menu. A module declares one bean of this type; {@link Menu} gathers
 * them all, so adding a module never edits the layout.
 */
public interface ModuleMenu {

    List<MenuEntry> entries();
}
