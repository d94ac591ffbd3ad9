package io.comptoir.shipping.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** The shipping engine's view of an order (its id is the order's): confirmed orders can be shipped. */
@MongoEntity(collection = "shipping_orders")
public class ShippableOrder extends Aggregate {

    public String customerId;
    /** {@code CONFIRMED}, or {@code CANCELLED} / {@code REFUNDED} once it must not ship. */
    public String status;
}
