/** The append-only, hash-chained audit trail and its screen. */
@NullMarked
package org.caunoi.hub.platform.audit;

import org.jspecify.annotations.NullMarked;
