package io.comptoir.order.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Carts, one per customer. */
@ApplicationScoped
public class CartRepository extends AggregateRepository<Cart> {}
