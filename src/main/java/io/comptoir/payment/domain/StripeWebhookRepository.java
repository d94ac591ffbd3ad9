package io.comptoir.payment.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stripe events received, by Stripe event id. */
@ApplicationScoped
public class StripeWebhookRepository extends AggregateRepository<StripeWebhook> {}
