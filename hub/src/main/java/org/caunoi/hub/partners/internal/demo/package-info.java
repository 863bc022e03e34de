/**
 * Demo only, never used by a production hub: the cooperation facts file and its parser (with the
 * names and titles it fills in), the loader that fills an empty demo hub with them at its first
 * start, the demo's exchange profiles, and how that load went, for the dashboard.
 */
@NullMarked
package org.caunoi.hub.partners.internal.demo;

import org.jspecify.annotations.NullMarked;
