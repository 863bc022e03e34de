/**
 * How module events are handled: every module's listener on the same few threads, and publications
 * whose listener failed handed back to it until it succeeds.
 */
@NullMarked
package org.caunoi.hub.platform.events;

import org.jspecify.annotations.NullMarked;
