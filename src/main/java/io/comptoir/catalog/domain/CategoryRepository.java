package io.comptoir.catalog.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The catalogue's categories. */
@ApplicationScoped
public class CategoryRepository extends AggregateRepository<Category> {}
