package io.comptoir.loyalty.messaging;

import io.comptoir.events.Engine;
import io.comptoir.kernel.engine.EngineJobs;
import io.comptoir.loyalty.config.LoyaltyConfig;
import io.comptoir.loyalty.domain.LoyaltyService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every {@code comptoir.loyalty.expiry-check-every}: credited points older than {@code
 * points-expire-after} and still unspent expire. Each account changes in one versioned write that
 * checks again what is due, so replicas running the job at once expire each point once.
 */
@ApplicationScoped
public class LoyaltyClock {

    void schedule(@Observes StartupEvent start, EngineJobs jobs, LoyaltyConfig config, LoyaltyService loyalty) {
        jobs.every(Engine.LOYALTY, "points-expiry", config.expiryCheckEvery(), () -> loyalty.expire(100));
    }
}
