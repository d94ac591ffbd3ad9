package io.comptoir.order.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Category sales and bundles as the promotion engine announced them. */
@ApplicationScoped
public class OfferRepository extends AggregateRepository<Offer> {

    /** Offers running at {@code at}. */
    public List<Offer> running(Instant at) {
        return list("ended = ?1 and startsAt <= ?2 and endsAt > ?2", false, at);
    }
}
