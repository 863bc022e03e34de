/** The page kit: the layout's menu, htmx pages or fragments, times in the officers' zone. */
@NullMarked
package org.caunoi.hub.platform.web;

import org.jspecify.annotations.NullMarked;
