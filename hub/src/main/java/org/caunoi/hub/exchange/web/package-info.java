/** The exchange's screens and its {@code /api/exchange} and connection endpoints. */
@NullMarked
package org.caunoi.hub.exchange.web;

import org.jspecify.annotations.NullMarked;
