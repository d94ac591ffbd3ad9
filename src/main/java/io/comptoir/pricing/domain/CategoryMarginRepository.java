package io.comptoir.pricing.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Margin rates per category. */
@ApplicationScoped
public class CategoryMarginRepository extends AggregateRepository<CategoryMargin> {}
