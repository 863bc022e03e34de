/** This hub's own keys (a PKCS#12 keystore under the data directory) and reading certificates. */
@NullMarked
package org.caunoi.hub.exchange.internal.keys;

import org.jspecify.annotations.NullMarked;
