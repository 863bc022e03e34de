/**
 * Partner administrations, their focal points and the agreements that allow exchange with them.
 * LegalBasis answers whether an exchange has a legal basis.
 */
@ApplicationModule(displayName = "Partners and legal basis", allowedDependencies = "platform")
@NullMarked
package org.caunoi.hub.partners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
