/** The one way to fail: problem details for the API and the error page for screens. */
@NullMarked
package org.caunoi.hub.platform.problem;

import org.jspecify.annotations.NullMarked;
