package org.caunoi.hub.platform.events;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads every {@link ModuleListener} runs on. The hub's shared executor for {@code @Async}
 * (spring.task.execution, forced on beside this one) starts a virtual thread per task: a deadline
 * check that warned of thousands of requests at once started thousands of deliveries, which emptied
 * the connection pool for everyone (6,000 "connection is not available" errors in the assistance
 * benchmark). Here events queue instead; the event publication registry holds each until it is handled.
 */
@Configuration(proxyBeanMethods = false)
class ListenerThreads {

    static final String EXECUTOR = "moduleListeners";

    /**
     * Three connections at most of the pool's ten (caunoi.events.listener-threads), the rest left to
     * screens, the exchange's workers and scheduled jobs; a flood of 2,000 events is handled in seconds
     * on three ({@code ModuleEventsTest}). The queue has no bound, as the registry's table has none.
     * At shutdown the queue is dropped, not drained into a closing database: the registry keeps those
     * events, and the staleness check and {@link FailedPublications} hand them back after the next start.
     */
    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor moduleListeners(@Value("${caunoi.events.listener-threads:3}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("listener-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
