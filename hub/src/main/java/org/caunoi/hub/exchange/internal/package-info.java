/** The exchange's own business: the AS4 client and receiver, the outbox and inbox, keys and partner endpoints. */
@NullMarked
package org.caunoi.hub.exchange.internal;

import org.jspecify.annotations.NullMarked;
