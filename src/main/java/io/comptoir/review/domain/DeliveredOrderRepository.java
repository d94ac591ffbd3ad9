package io.comptoir.review.domain;

import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The orders the review engine has seen, to know who received what. */
@ApplicationScoped
public class DeliveredOrderRepository extends AggregateRepository<DeliveredOrder> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("customerId", "productIds"));
    }

    /** Whether the customer has a delivered order holding the product. */
    boolean received(String customerId, String productId) {
        return count("customerId = ?1 and delivered = ?2 and productIds = ?3", customerId, true, productId) > 0;
    }
}
