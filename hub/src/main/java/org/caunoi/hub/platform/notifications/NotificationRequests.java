package org.caunoi.hub.platform.notifications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns {@link NotificationRequested} events from any module into notifications, after the module's
 * transaction commits, on two threads of their own. The hub's shared executor runs each task on a
 * virtual thread of its own: a deadline check that warned of thousands of requests at once started
 * thousands of deliveries, which emptied the connection pool for everyone (6,000 "connection is not
 * available" errors in the assistance benchmark) and left those notifications undelivered. Here they
 * queue instead, and the event publication registry still holds each until it is delivered.
 */
@Component
class NotificationRequests {

    static final String DELIVERY = "notificationDelivery";

    private final Notifications notifications;

    NotificationRequests(Notifications notifications) {
        this.notifications = notifications;
    }

    // What @ApplicationModuleListener stands for, with this executor instead of the shared one.
    @Async(DELIVERY)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(NotificationRequested request) {
        notifications.notify(request.officer(), request.messageKey(), request.args(), request.link());
    }

    @Configuration(proxyBeanMethods = false)
    static class Delivery {

        /** Two connections at most, of the pool's ten; the queue has no bound, as the registry's table has none. */
        @Bean(DELIVERY)
        ThreadPoolTaskExecutor notificationDelivery() {
            ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
            executor.setCorePoolSize(2);
            executor.setMaxPoolSize(2);
            executor.setThreadNamePrefix("notify-");
            executor.setWaitForTasksToCompleteOnShutdown(true);
            executor.setAwaitTerminationSeconds(10);
            return executor;
        }
    }
}
