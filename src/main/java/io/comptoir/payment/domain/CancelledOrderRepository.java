package io.comptoir.payment.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Cancelled orders, by order id. */
@ApplicationScoped
public class CancelledOrderRepository extends AggregateRepository<CancelledOrder> {

    public boolean isCancelled(String orderId) {
        return count("_id", orderId) > 0;
    }
}
