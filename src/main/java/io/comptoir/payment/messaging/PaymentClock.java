package io.comptoir.payment.messaging;

import io.comptoir.events.Engine;
import io.comptoir.kernel.engine.EngineJobs;
import io.comptoir.payment.config.PaymentConfig;
import io.comptoir.payment.domain.PaymentHousekeeping;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every {@code comptoir.payment.housekeeping-every}: parked Stripe events are tried again, refunds
 * due or interrupted are asked (again) of the provider.
 */
@ApplicationScoped
public class PaymentClock {

    void schedule(@Observes StartupEvent start, EngineJobs jobs, PaymentConfig config, PaymentHousekeeping work) {
        jobs.every(Engine.PAYMENT, "housekeeping", config.housekeepingEvery(), work::run);
    }
}
