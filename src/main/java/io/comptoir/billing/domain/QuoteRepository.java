package io.comptoir.billing.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Quotes (devis). */
@ApplicationScoped
public class QuoteRepository extends AggregateRepository<Quote> {}
