package io.comptoir.catalog.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Products, written with their events through the kernel's outbox. */
@ApplicationScoped
public class ProductRepository extends AggregateRepository<Product> {}
