package io.comptoir.order.messaging;

import io.comptoir.events.Engine;
import io.comptoir.kernel.engine.EngineJobs;
import io.comptoir.order.config.OrderConfig;
import io.comptoir.order.domain.OrderPayments;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every {@code comptoir.order.payment-check-every}: placed orders past their payment deadline are
 * cancelled ({@code PAYMENT_TIMEOUT}). The deadline is stored with the order, so a restart loses
 * none; each order is cancelled by one versioned write, so replicas racing cancel it once.
 */
@ApplicationScoped
public class OrderClock {

    void schedule(@Observes StartupEvent start, EngineJobs jobs, OrderConfig config, OrderPayments payments) {
        jobs.every(Engine.ORDER, "payment-deadline", config.paymentCheckEvery(), () -> payments.cancelUnpaid(100));
    }
}
