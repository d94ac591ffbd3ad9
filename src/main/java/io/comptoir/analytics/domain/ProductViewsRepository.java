package io.comptoir.analytics.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The analytics engine's ProductViews documents. */
@ApplicationScoped
public class ProductViewsRepository extends AggregateRepository<ProductViews> {}
