/** The enforcement module's screens and its {@code /api/enforcement} endpoints. */
@NullMarked
package org.caunoi.hub.enforcement.web;

import org.jspecify.annotations.NullMarked;
