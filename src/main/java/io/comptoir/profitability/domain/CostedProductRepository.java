package io.comptoir.profitability.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Products with their costs. */
@ApplicationScoped
public class CostedProductRepository extends AggregateRepository<CostedProduct> {}
