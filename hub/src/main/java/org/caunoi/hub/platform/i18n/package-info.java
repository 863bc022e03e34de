/** Languages: the per-module message bundles, the officer's language and the names of enum constants. */
@NullMarked
package org.caunoi.hub.platform.i18n;

import org.jspecify.annotations.NullMarked;
