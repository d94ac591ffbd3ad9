package io.comptoir.notification.messaging;

import io.comptoir.events.Engine;
import io.comptoir.kernel.engine.EngineJobs;
import io.comptoir.notification.config.NotificationConfig;
import io.comptoir.notification.domain.NotificationService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every {@code comptoir.notification.retry-check-every}: messages due for another attempt are sent again. */
@ApplicationScoped
public class NotificationClock {

    void schedule(
            @Observes StartupEvent start,
            EngineJobs jobs,
            NotificationConfig config,
            NotificationService notifications) {
        jobs.every(Engine.NOTIFICATION, "retries", config.retryCheckEvery(), notifications::retryDue);
    }
}
