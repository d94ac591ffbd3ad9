package io.comptoir.customer.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Customers' subscriptions, by customer and plan. */
@ApplicationScoped
public class SubscriptionRepository extends AggregateRepository<Subscription> {}
