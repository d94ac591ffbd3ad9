package io.comptoir.fraud.domain;

import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Risk assessments, one per order. */
@ApplicationScoped
public class AssessmentRepository extends AggregateRepository<Assessment> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("verdict", "placedAt"));
    }
}
