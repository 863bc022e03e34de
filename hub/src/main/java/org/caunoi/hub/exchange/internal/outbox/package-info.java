/**
 * The transactional outbox: messages queued in the caller's transaction, the sender that claims
 * and delivers them with backoff, and the dead letters an officer may resend.
 */
@NullMarked
package org.caunoi.hub.exchange.internal.outbox;

import org.jspecify.annotations.NullMarked;
