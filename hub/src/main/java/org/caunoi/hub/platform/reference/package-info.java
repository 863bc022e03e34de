/**
 * Reference data built into the hub that business modules look things up in: the Harmonized System
 * nomenclature and the sea ports by UN/LOCODE. Each table is read from the jar once, at its first use.
 */
@NullMarked
package org.caunoi.hub.platform.reference;

import org.jspecify.annotations.NullMarked;
