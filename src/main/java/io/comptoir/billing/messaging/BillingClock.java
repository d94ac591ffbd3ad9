package io.comptoir.billing.messaging;

import io.comptoir.billing.config.BillingConfig;
import io.comptoir.billing.domain.BillingService;
import io.comptoir.events.Engine;
import io.comptoir.kernel.engine.EngineJobs;
import io.comptoir.kernel.events.Cause;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every {@code comptoir.billing.check-every}: overdue invoices are marked and interrupted documents
 * completed.
 */
@ApplicationScoped
public class BillingClock {

    void schedule(@Observes StartupEvent start, EngineJobs jobs, BillingConfig config, BillingService billing) {
        jobs.every(Engine.BILLING, "checks", config.checkEvery(), () -> billing.completeInterrupted(Cause.scheduled()));
    }
}
