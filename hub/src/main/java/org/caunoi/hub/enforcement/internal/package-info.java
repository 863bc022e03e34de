/** The enforcement module's own business: case storage and versions, the name index, sharing and received cases. */
@NullMarked
package org.caunoi.hub.enforcement.internal;

import org.jspecify.annotations.NullMarked;
