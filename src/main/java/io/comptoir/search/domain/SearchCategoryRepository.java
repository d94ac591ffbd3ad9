package io.comptoir.search.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The category tree, small enough to read whole for each search. */
@ApplicationScoped
public class SearchCategoryRepository extends AggregateRepository<SearchCategory> {}
