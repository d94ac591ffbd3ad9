package io.comptoir.shipping.domain;

import io.comptoir.kernel.outbox.AggregateRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Shipments and their tracking. */
@ApplicationScoped
public class ShipmentRepository extends AggregateRepository<Shipment> {}
