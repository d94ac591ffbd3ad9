package io.comptoir.payment.domain;

import com.mongodb.client.model.Indexes;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;

/** Stripe events received, by Stripe event id. */
@ApplicationScoped
public class StripeWebhookRepository extends AggregateRepository<StripeWebhook> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("state", "reference"));
        mongoCollection().createIndex(Indexes.ascending("state", "receivedAt"));
    }

    /** Parked events about {@code reference}, oldest first. */
    public List<StripeWebhook> parked(String reference, int limit) {
        return find(
                        "state = ?1 and reference = ?2",
                        Sort.by("receivedAt"),
                        StripeWebhook.State.PARKED.name(),
                        reference)
                .page(0, limit)
                .list();
    }

    /**
     * Parked events received since {@code since}, the least recently tried first: older ones are no
     * longer tried on a schedule (they stay stored, and are still applied when their payment is stored).
     */
    public List<StripeWebhook> parkedSince(Instant since, int limit) {
        return find(
                        "state = ?1 and receivedAt > ?2",
                        Sort.by("retriedAt").and("receivedAt"),
                        StripeWebhook.State.PARKED.name(),
                        since)
                .page(0, limit)
                .list();
    }
}
