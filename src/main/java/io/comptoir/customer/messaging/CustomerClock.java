package io.comptoir.customer.messaging;

import io.comptoir.customer.config.CustomerConfig;
import io.comptoir.customer.domain.Activities;
import io.comptoir.events.Engine;
import io.comptoir.kernel.engine.EngineJobs;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every {@code comptoir.customer.rfm.refresh-every}: recency ages, so customers who have not ordered since are scored again. */
@ApplicationScoped
public class CustomerClock {

    void schedule(@Observes StartupEvent start, EngineJobs jobs, CustomerConfig config, Activities activities) {
        jobs.every(Engine.CUSTOMER, "rfm", config.rfm().refreshEvery(), () -> activities.rescore(500));
    }
}
