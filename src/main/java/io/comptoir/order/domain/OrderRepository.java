package io.comptoir.order.domain;

import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Orders, written with their events through the kernel's outbox. */
@ApplicationScoped
public class OrderRepository extends AggregateRepository<Order> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("status", "paymentDueBy"));
    }

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
