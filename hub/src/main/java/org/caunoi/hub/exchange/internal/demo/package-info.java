/**
 * Demo only, never used by a production hub: the demo network's PKI (a CA and a key pair per node,
 * shared by the demo hubs through a folder) and the runner that makes the other demo nodes
 * reachable. All act only when {@code caunoi.demo} is on: {@code DemoKeystore} gives a hub without
 * keys its node's keystore; the production code ({@code keys}) knows only its interface.
 */
@NullMarked
package org.caunoi.hub.exchange.internal.demo;

import org.jspecify.annotations.NullMarked;
