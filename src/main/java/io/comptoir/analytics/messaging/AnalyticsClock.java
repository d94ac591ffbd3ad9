package io.comptoir.analytics.messaging;

import io.comptoir.analytics.config.AnalyticsConfig;
import io.comptoir.analytics.domain.AnalyticsService;
import io.comptoir.events.Engine;
import io.comptoir.kernel.engine.EngineJobs;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every {@code comptoir.analytics.session-check-every}: sessions idle for the timeout are ended. */
@ApplicationScoped
public class AnalyticsClock {

    void schedule(@Observes StartupEvent start, EngineJobs jobs, AnalyticsConfig config, AnalyticsService analytics) {
        jobs.every(Engine.ANALYTICS, "session-end", config.sessionCheckEvery(), analytics::endIdleSessions);
    }
}
