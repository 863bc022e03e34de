/**
 * The exchange's figures for Prometheus, read from both directions' tables; above the inbox and the
 * outbox, whose states it counts, so the classes they share need neither.
 */
@NullMarked
package org.caunoi.hub.exchange.internal.metrics;

import org.jspecify.annotations.NullMarked;
