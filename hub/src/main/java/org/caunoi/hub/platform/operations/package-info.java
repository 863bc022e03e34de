/** What operators watch: metrics beyond the framework's own. */
@NullMarked
package org.caunoi.hub.platform.operations;

import org.jspecify.annotations.NullMarked;
