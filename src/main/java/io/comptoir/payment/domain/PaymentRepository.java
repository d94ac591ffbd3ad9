package io.comptoir.payment.domain;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/** Payments, by payment id (order id and attempt); also found by order and by provider reference. */
@ApplicationScoped
public class PaymentRepository extends AggregateRepository<Payment> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("orderId"));
        mongoCollection().createIndex(Indexes.ascending("createdDay"));
        mongoCollection().createIndex(Indexes.ascending("reference"), new IndexOptions().sparse(true));
    }

    public Optional<Payment> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
