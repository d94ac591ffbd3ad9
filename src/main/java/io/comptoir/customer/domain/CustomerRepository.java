package io.comptoir.customer.domain;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Onboarded customers; one per normalised email and one per normalised phone number. */
@ApplicationScoped
public class CustomerRepository extends AggregateRepository<Customer> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("emailKey"), new IndexOptions().unique(true));
        mongoCollection().createIndex(Indexes.ascending("phoneKey"), new IndexOptions().unique(true));
    }
}
