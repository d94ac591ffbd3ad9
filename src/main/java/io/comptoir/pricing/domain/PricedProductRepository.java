package io.comptoir.pricing.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The pricing engine's products and their computed prices. */
@ApplicationScoped
public class PricedProductRepository extends AggregateRepository<PricedProduct> {}
