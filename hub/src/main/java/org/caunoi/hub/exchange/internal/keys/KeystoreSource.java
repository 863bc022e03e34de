package org.caunoi.hub.exchange.internal.keys;

import java.nio.file.Path;

/**
 * Where a hub that starts without its keystore may get one. A production hub has no such source:
 * its administration installs its own keys. The demo network has one (its shared PKI), which lives
 * with the rest of the demo code, so the keys depend on nothing of the demo.
 */
public interface KeystoreSource {

    /** Writes this hub's keystore at {@code file}, or leaves it absent when it has none to give. */
    void provide(Path file);
}
