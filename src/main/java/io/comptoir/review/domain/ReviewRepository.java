package io.comptoir.review.domain;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Reviews; the unique index makes "one review per customer and product" hold across replicas. */
@ApplicationScoped
public class ReviewRepository extends AggregateRepository<Review> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("productId", "customerId"), new IndexOptions().unique(true));
        mongoCollection().createIndex(Indexes.ascending("productId", "status", "submittedAt"));
        mongoCollection().createIndex(Indexes.ascending("status", "submittedAt"));
    }
}
