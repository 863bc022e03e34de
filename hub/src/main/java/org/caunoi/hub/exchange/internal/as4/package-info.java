/**
 * AS4 with phase4 under the hub's own profile: the client that sends one user message, the {@code
 * /as4} servlet and what phase4 hands over to the inbox, the crypto factory and phase4's runtime.
 */
@NullMarked
package org.caunoi.hub.exchange.internal.as4;

import org.jspecify.annotations.NullMarked;
