package io.comptoir.customer.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What other engines' events told the customer engine about a customer (its id is the customer
 * id): one entry per order, the loyalty balance and tier, the payments by outcome, and the RFM
 * scores. Kept per order and per payment, so a redelivered event, under any event id, counts once;
 * an order's events may come in any order.
 */
@MongoEntity(collection = "customer_activity")
public class CustomerActivity extends Aggregate {

    public List<OrderEntry> orders = new ArrayList<>();
    /** Orders placed or delivered (not cancelled or refunded) and what they came to. */
    public long orderCount;

    public Money spent;
    public String lastOrderId;
    public Instant lastOrderAt;
    public long ordersCancelled;
    public long ordersRefunded;

    public Long loyaltyPoints;
    public Instant loyaltyPointsAsOf;
    public String loyaltyTier;
    public Instant loyaltyTierAsOf;

    public List<String> completedPayments = new ArrayList<>();
    public List<String> failedPayments = new ArrayList<>();
    public long paymentsCompleted;
    public long paymentsFailed;
    public Instant firstPaymentAt;

    /** RFM scores while the customer has orders that count; none otherwise. */
    public RfmScores rfm;

    /** One order as its events told it. */
    public static class OrderEntry {
        public String orderId;
        public Money total;
        /** When it was placed, or when first heard of until the placement arrives. */
        public Instant placedAt;

        public OrderState state;

        public OrderEntry() {}
    }

    /** An order's state, ranked: an event never moves it back (a late placement leaves a cancellation be). */
    public enum OrderState {
        PLACED,
        DELIVERED,
        CANCELLED,
        REFUNDED;

        boolean counts() {
            return this == PLACED || this == DELIVERED;
        }
    }

    public static class RfmScores {
        public int recency;
        public int frequency;
        public int monetary;
        public RfmSegment segment;
        public Instant scoredAt;
    }

    Optional<OrderEntry> order(String orderId) {
        return orders.stream().filter(o -> o.orderId.equals(orderId)).findFirst();
    }
}
