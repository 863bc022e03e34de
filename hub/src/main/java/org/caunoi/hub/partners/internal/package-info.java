/** The partners module's own business: repositories, the legal-basis service, the demo facts loader. */
@NullMarked
package org.caunoi.hub.partners.internal;

import org.jspecify.annotations.NullMarked;
