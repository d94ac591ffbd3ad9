package io.comptoir.shipping.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Orders as shipping knows them. */
@ApplicationScoped
public class ShippableOrderRepository extends AggregateRepository<ShippableOrder> {}
