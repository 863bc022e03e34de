/**
 * The few technical parts every business module shares: the embedded database, security and
 * users, the audit trail, languages and the page layout.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.caunoi.hub.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
