package io.comptoir.promotion.messaging;

import io.comptoir.events.Engine;
import io.comptoir.kernel.engine.EngineJobs;
import io.comptoir.kernel.events.Cause;
import io.comptoir.promotion.config.PromotionConfig;
import io.comptoir.promotion.domain.PromotionService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Starts and ends timed offers when their time comes, every {@code comptoir.promotion.offer-check-every}. */
@ApplicationScoped
public class OfferClock {

    void schedule(@Observes StartupEvent start, EngineJobs jobs, PromotionConfig config, PromotionService promotions) {
        jobs.every(
                Engine.PROMOTION,
                "offers",
                config.offerCheckEvery(),
                () -> promotions.advanceDueOffers(Cause.scheduled()));
    }
}
