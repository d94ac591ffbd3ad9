package io.comptoir.search.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Search documents of products. */
@ApplicationScoped
public class SearchProductRepository extends AggregateRepository<SearchProduct> {}
