/** The embedded PostgreSQL, the data directory and transaction helpers. */
@NullMarked
package org.caunoi.hub.platform.database;

import org.jspecify.annotations.NullMarked;
