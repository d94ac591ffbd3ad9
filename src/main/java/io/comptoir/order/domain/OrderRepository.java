package io.comptoir.order.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Orders, written with their events through the kernel's outbox. */
@ApplicationScoped
public class OrderRepository extends AggregateRepository<Order> {}
