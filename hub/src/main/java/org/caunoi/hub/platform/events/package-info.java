/**
 * How module events are handled: every module's listener on the same few threads, publications whose
 * listener failed handed back to it a limited number of times, and those given up shown to administrators.
 */
@NullMarked
package org.caunoi.hub.platform.events;

import org.jspecify.annotations.NullMarked;
