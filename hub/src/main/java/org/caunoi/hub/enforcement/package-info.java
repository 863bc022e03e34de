/**
 * Enforcement information: seizure cases with their persons, companies and conveyances, joint
 * operations and their totals, and cases shared with partners in the form each agreement allows.
 */
@ApplicationModule(displayName = "Enforcement information", allowedDependencies = {"platform", "partners", "exchange"})
@NullMarked
package org.caunoi.hub.enforcement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
