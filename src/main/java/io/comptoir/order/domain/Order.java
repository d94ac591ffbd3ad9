package io.comptoir.order.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A customer's order with the prices it was placed at and its status history. */
@MongoEntity(collection = "orders")
public class Order extends Aggregate {

    public String customerId;
    public List<Line> lines = new ArrayList<>();
    /** At catalogue prices. */
    public Money subtotal;

    public List<Discount> discounts = new ArrayList<>();
    public String promoCode;
    /** To pay: the subtotal less the discounts. */
    public Money total;

    public PaymentMethod paymentMethod;
    public OrderStatus status;
    public List<Transition> history = new ArrayList<>();
    public Instant placedAt;
    public Instant updatedAt;

    /** When an order paid by card or mobile money is cancelled unless paid (none for cash on delivery). */
    public Instant paymentDueBy;

    /** Set when the fraud engine flagged the order: held until cleared or rejected. */
    public FraudHold.State fraud;

    /** The latest payment attempt, as the payment engine reported it. */
    public PaymentState payment;

    /** The order's side of its payment: which attempt, the request awaiting its answer, its status. */
    public static class PaymentState {
        public String paymentId;
        public int attempt;
        /** The id of the request event, which the payment engine's reply names as its cause. */
        public String requestId;

        public PaymentProgress status;
        public String failureCode;
        public String failureMessage;
        public boolean retryable;

        /** The payment engine's answer to the latest request: which request, and what it said. */
        public String answeredRequestId;

        public PaymentProgress answerStatus;
        public String clientSecret;
        public String nextActionUrl;
        public Money refunded;
        public Instant requestedAt;
    }

    /** One ordered variant, priced when the order was placed: list price, and unit price after any sale. */
    public static class Line {
        public String productId;
        public String sku;
        public String name;
        public int quantity;
        public Money listPrice;
        public Money unitPrice;
        public Money lineTotal;
        public String saleId;
    }

    /** A discount applied at placement: a sale, a bundle or the promo code. */
    public static class Discount {
        public String kind;
        public String reference;
        public Money amount;

        static Discount of(Promotions.Discount applied) {
            Discount d = new Discount();
            d.kind = applied.kind();
            d.reference = applied.reference();
            d.amount = applied.amount();
            return d;
        }
    }

    /** A status the order reached, when, and why if a reason was given. */
    public static class Transition {
        public OrderStatus status;
        public Instant at;
        public String reason;

        public Transition() {}

        Transition(OrderStatus status, Instant at, String reason) {
            this.status = status;
            this.at = at;
            this.reason = reason;
        }
    }
}
