package io.comptoir.profitability.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Orders as sales, with their costs. */
@ApplicationScoped
public class SaleRepository extends AggregateRepository<Sale> {}
