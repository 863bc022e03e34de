/**
 * Demo only, never used by a production hub: the demo network's PKI (a CA and a key pair per node,
 * shared by the demo hubs through a folder) and the runner that makes the other demo nodes
 * reachable. Both act only when {@code caunoi.demo} is on; {@code keys.HubKeys} asks the demo PKI
 * for a keystore only then.
 */
@NullMarked
package org.caunoi.hub.exchange.internal.demo;

import org.jspecify.annotations.NullMarked;
