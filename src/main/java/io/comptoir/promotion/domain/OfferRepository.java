package io.comptoir.promotion.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Category sales and bundles. */
@ApplicationScoped
public class OfferRepository extends AggregateRepository<Offer> {

    /** Offers whose start or end has come and is not announced yet. */
    public List<Offer> due(Instant now) {
        return list(
                "(status = ?1 and startsAt <= ?3) or (status != ?2 and endsAt <= ?3)",
                OfferStatus.SCHEDULED.name(),
                OfferStatus.ENDED.name(),
                now);
    }
}
