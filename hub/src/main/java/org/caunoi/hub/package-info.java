/** The CauNoi hub: the application and its business modules, one package each. */
@NullMarked
package org.caunoi.hub;

import org.jspecify.annotations.NullMarked;
