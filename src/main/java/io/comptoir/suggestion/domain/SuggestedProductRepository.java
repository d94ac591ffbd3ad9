package io.comptoir.suggestion.domain;

import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The suggestion engine's catalogue view; same-category candidates are found by category. */
@ApplicationScoped
public class SuggestedProductRepository extends AggregateRepository<SuggestedProduct> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("categoryId", "status"));
    }
}
