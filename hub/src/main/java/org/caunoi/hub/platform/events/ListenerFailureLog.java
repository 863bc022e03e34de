package org.caunoi.hub.platform.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * What the log says when a {@link ModuleListener} fails: Spring Modulith's one line at INFO, naming the
 * listener and the error's message, and nothing more, unless this class's logger is at DEBUG, which adds the
 * stack trace. Spring's default would add an ERROR and a stack trace for every attempt, and a listener with a
 * fault fails every five minutes until it is given up ({@link FailedPublications}), which is told once at WARN.
 * Other {@code @Async} methods keep Spring's default. The executors stay as Spring chooses them.
 */
@Configuration(proxyBeanMethods = false)
class ListenerFailureLog implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailureLog.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        AsyncUncaughtExceptionHandler others = new SimpleAsyncUncaughtExceptionHandler();
        return (failure, method, arguments) -> {
            if (AnnotatedElementUtils.hasAnnotation(method, ModuleListener.class)) {
                log.debug("Listener {} failed; the event publication registry keeps the event", method, failure);
            }
            else {
                others.handleUncaughtException(failure, method, arguments);
            }
        };
    }
}
