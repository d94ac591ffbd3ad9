package io.comptoir.billing.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Orders as billing knows them. */
@ApplicationScoped
public class BilledOrderRepository extends AggregateRepository<BilledOrder> {}
