/**
 * The hub's AS4 without the hub around it, for one user: the exchange benchmark, whose baseline is
 * raw phase4 under the hub's own profile, keys and partner settings. It exists so that the benchmark
 * (another Maven module) needs none of the exchange's internals; no module of the hub may use it
 * (Spring Modulith allows a module only the interfaces its {@code allowedDependencies} name, and none
 * names {@code exchange :: raw-as4}), since it skips the legal-basis check, the outbox, the audit
 * trail and storage.
 */
@NamedInterface("raw-as4")
@NullMarked
package org.caunoi.hub.exchange.rawas4;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
