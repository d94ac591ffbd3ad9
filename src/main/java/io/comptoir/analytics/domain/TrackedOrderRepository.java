package io.comptoir.analytics.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The analytics engine's TrackedOrder documents. */
@ApplicationScoped
public class TrackedOrderRepository extends AggregateRepository<TrackedOrder> {}
