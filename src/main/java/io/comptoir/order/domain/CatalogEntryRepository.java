package io.comptoir.order.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The order engine's view of the catalogue. */
@ApplicationScoped
public class CatalogEntryRepository extends AggregateRepository<CatalogEntry> {}
