/** The partners module's screens and its {@code /api} endpoints for partners, agreements and the legal basis. */
@NullMarked
package org.caunoi.hub.partners.web;

import org.jspecify.annotations.NullMarked;
