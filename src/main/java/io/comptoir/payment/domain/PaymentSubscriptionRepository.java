package io.comptoir.payment.domain;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/** Subscriptions at the provider, by Comptoir subscription id; also found by provider reference. */
@ApplicationScoped
public class PaymentSubscriptionRepository extends AggregateRepository<PaymentSubscription> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("reference"), new IndexOptions().sparse(true));
    }

    public Optional<PaymentSubscription> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
