/**
 * The partners module's own business: repositories, the partner catalogue, the legal-basis
 * service, agreement documents; the demo data apart in {@code demo}.
 */
@NullMarked
package org.caunoi.hub.partners.internal;

import org.jspecify.annotations.NullMarked;
