/**
 * The exchange's own business, by concern: {@code as4} (phase4 in and out), {@code outbox},
 * {@code inbox}, {@code keys}, {@code endpoints}; here what they share (settings, the legal-basis
 * checks, a message's history, the pollers) and what the screens read.
 */
@NullMarked
package org.caunoi.hub.exchange.internal;

import org.jspecify.annotations.NullMarked;
