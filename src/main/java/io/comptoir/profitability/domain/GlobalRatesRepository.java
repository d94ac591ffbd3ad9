package io.comptoir.profitability.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The one global rates document. */
@ApplicationScoped
public class GlobalRatesRepository extends AggregateRepository<GlobalRates> {}
