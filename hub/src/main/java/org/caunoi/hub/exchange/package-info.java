/**
 * Hub-to-hub messaging over OASIS ebMS3/AS4: every message leaves through a transactional outbox
 * after a legal-basis check, arrives signed and encrypted, is stored before its receipt goes back,
 * and reaches the module that registered a {@link org.caunoi.hub.exchange.MessageHandler} for its type.
 */
@ApplicationModule(displayName = "Exchange (AS4)", allowedDependencies = {"platform", "partners"})
@NullMarked
package org.caunoi.hub.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
