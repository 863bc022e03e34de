/**
 * Which version of each payload a partner's hub takes: this hub's own versions, read from its
 * handlers' schemas; the partner's, learned from its {@code GET /schemas} list or set by an
 * administrator; and the version written to it, the lower of the two.
 */
@NullMarked
package org.caunoi.hub.exchange.internal.versions;

import org.jspecify.annotations.NullMarked;
