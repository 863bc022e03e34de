/**
 * Requests for mutual assistance between customs administrations, sent and received: their legal
 * basis, deadlines and history, the answers that travel back as replies, and the year's figures.
 */
@ApplicationModule(displayName = "Mutual assistance", allowedDependencies = {"platform", "partners", "exchange"})
@NullMarked
package org.caunoi.hub.assistance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
