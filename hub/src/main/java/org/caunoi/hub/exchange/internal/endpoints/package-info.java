/**
 * How this hub reaches each partner's hub (endpoint, party id, certificate, key reference) and how
 * an officer changes it.
 */
@NullMarked
package org.caunoi.hub.exchange.internal.endpoints;

import org.jspecify.annotations.NullMarked;
