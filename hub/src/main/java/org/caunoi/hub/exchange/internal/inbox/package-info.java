/**
 * The inbox: what decides about an incoming message and stores it before the receipt, the
 * processor that hands stored messages to the modules' handlers, and the limit on auditing
 * refusals of strangers.
 */
@NullMarked
package org.caunoi.hub.exchange.internal.inbox;

import org.jspecify.annotations.NullMarked;
