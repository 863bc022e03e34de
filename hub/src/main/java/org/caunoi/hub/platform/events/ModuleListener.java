package org.caunoi.hub.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A module's listener for another module's events: what Spring Modulith's {@code @ApplicationModuleListener}
 * stands for (after the publisher commits, in a transaction of its own, the event publication registry
 * keeping the event until the listener succeeds), on the hub's few listener threads ({@link ListenerThreads})
 * instead of the shared executor, which starts a virtual thread, and so takes a connection, per event.
 * A listener may run twice for one event (a resubmission, see {@link FailedPublications}): it must do
 * no more harm the second time than the first.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Async(ListenerThreads.EXECUTOR)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
public @interface ModuleListener {
}
