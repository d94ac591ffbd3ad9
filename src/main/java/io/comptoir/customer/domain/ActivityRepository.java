package io.comptoir.customer.domain;

import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Customers' activity as other engines' events told it, by customer id. */
@ApplicationScoped
public class ActivityRepository extends AggregateRepository<CustomerActivity> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("rfm.segment"));
        mongoCollection().createIndex(Indexes.ascending("rfm.scoredAt"));
    }
}
