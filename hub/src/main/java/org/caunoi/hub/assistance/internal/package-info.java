/** The requests, their store, the exchange with partners' hubs and the deadline watch. */
@NullMarked
package org.caunoi.hub.assistance.internal;

import org.jspecify.annotations.NullMarked;
