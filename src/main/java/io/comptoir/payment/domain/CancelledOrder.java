package io.comptoir.payment.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;

/**
 * The payment engine's own record of a cancelled order (from {@code order.order.cancelled}), so a
 * payment of that order that succeeds later, even one asked for just before the cancellation, is
 * given back.
 */
@MongoEntity(collection = "payment_cancelled_orders")
public class CancelledOrder extends Aggregate {

    public String reason;
    public Instant cancelledAt;
}
