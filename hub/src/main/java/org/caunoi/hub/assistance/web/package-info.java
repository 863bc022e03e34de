/** The module's API under {@code /api/assistance}. */
@NullMarked
package org.caunoi.hub.assistance.web;

import org.jspecify.annotations.NullMarked;
