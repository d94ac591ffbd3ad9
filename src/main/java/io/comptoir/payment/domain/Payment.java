package io.comptoir.payment.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One attempt at paying an order, with a provider. Its id is the order id and the attempt number,
 * which is also the provider's idempotency key. Stripe events applied to it are remembered by id,
 * so each changes it at most once, in whatever order they come.
 */
@MongoEntity(collection = "payments")
public class Payment extends Aggregate {

    public String orderId;
    public String customerId;
    public int attempt;
    public Money amount;
    public String method;
    public String provider;
    /** The provider's id of the payment (a Stripe PaymentIntent id). */
    public String reference;

    public PaymentStatus status;
    public String clientSecret;
    public String nextActionUrl;
    public String failureCode;
    public String failureMessage;

    public Money refunded;
    public List<RefundRecord> refunds = new ArrayList<>();
    /** Its order was cancelled: money received for it is given back. */
    public boolean orderCancelled;

    public List<String> providerEvents = new ArrayList<>();
    public Instant createdAt;
    /** {@code createdAt}'s UTC date, for the analytics per day. */
    public String createdDay;

    public Instant updatedAt;
    public Instant completedAt;

    /** Money given back: asked (PENDING, before the provider answered), then SUCCEEDED or FAILED. */
    public static class RefundRecord {
        /** Our idempotency key for the provider; the refund's key until the provider names it. */
        public String key;
        /** The provider's refund id, once known. */
        public String id;

        public Money amount;
        public RefundState status;
        public String reason;
        public Instant requestedAt;
    }

    public Money refundable() {
        Money asked = refunded;
        for (RefundRecord r : refunds) {
            if (r.status == RefundState.PENDING) {
                asked = asked.plus(r.amount);
            }
        }
        return amount.minus(asked);
    }

    /** The states of a refund. */
    public enum RefundState {
        PENDING,
        SUCCEEDED,
        FAILED
    }
}
