/**
 * The exchange's own business, by concern: {@code as4} (phase4 in and out), {@code outbox},
 * {@code inbox}, {@code keys}, {@code endpoints}, {@code metrics}, {@code demo}; here what they share
 * (settings, the legal-basis checks, a message's history, the pollers) and what the screens read.
 * The classes here are the bottom layer: they use none of the concerns, so no two concerns can need
 * each other through them.
 */
@NullMarked
package org.caunoi.hub.exchange.internal;

import org.jspecify.annotations.NullMarked;
