package io.comptoir.groupbuy.domain;

import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;

/** Group buys, written with their events through the kernel's outbox. */
@ApplicationScoped
public class GroupBuyRepository extends AggregateRepository<GroupBuy> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("status", "deadline"));
    }

    /** Open groups whose deadline has come. */
    List<GroupBuy> due(Instant now) {
        return list("status = ?1 and deadline <= ?2", GroupStatus.OPEN.name(), now);
    }
}
