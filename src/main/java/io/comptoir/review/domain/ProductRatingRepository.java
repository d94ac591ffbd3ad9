package io.comptoir.review.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Rating aggregates, one per product with an approved review. */
@ApplicationScoped
public class ProductRatingRepository extends AggregateRepository<ProductRating> {}
