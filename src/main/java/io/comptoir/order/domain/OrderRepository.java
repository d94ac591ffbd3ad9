package io.comptoir.order.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Orders, written with their events through the kernel's outbox. */
@ApplicationScoped
public class OrderRepository extends AggregateRepository<Order> {

    /** Orders not cancelled that used {@code code}, by {@code customerId} when given. */
    public long uses(String code, String customerId) {
        return customerId == null
                ? count("promoCode = ?1 and status != ?2", code, OrderStatus.CANCELLED.name())
                : count(
                        "promoCode = ?1 and customerId = ?2 and status != ?3",
                        code,
                        customerId,
                        OrderStatus.CANCELLED.name());
    }
}
