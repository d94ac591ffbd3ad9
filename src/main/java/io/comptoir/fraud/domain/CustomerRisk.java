package io.comptoir.fraud.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fraud engine's own history of one customer (its id is the customer id), built from events
 * only: when the account was opened, the orders placed, the payments made and refused. Each list
 * keeps its latest {@link #KEPT} entries, far more than any rule's window needs, and each entry is
 * keyed by its order or payment id so an event seen again, even under a new event id, counts once.
 */
@MongoEntity(collection = "fraud_customers")
public class CustomerRisk extends Aggregate {

    static final int KEPT = 200;

    /** When {@code customer.customer.onboarded} was seen; null when it never was. */
    public Instant onboardedAt;

    public List<OrderSeen> orders = new ArrayList<>();
    public List<PaymentSeen> paid = new ArrayList<>();
    public List<PaymentSeen> refused = new ArrayList<>();

    /** An order placed by the customer. */
    public static class OrderSeen {
        public String orderId;
        public Money total;
        public Instant placedAt;

        public OrderSeen() {}

        OrderSeen(String orderId, Money total, Instant placedAt) {
            this.orderId = orderId;
            this.total = total;
            this.placedAt = placedAt;
        }
    }

    /** A payment completed or refused. */
    public static class PaymentSeen {
        public String paymentId;
        public Money amount;
        public Instant at;

        public PaymentSeen() {}

        PaymentSeen(String paymentId, Money amount, Instant at) {
            this.paymentId = paymentId;
            this.amount = amount;
            this.at = at;
        }
    }

    void order(OrderSeen order) {
        if (orders.stream().noneMatch(o -> o.orderId.equals(order.orderId))) {
            orders.add(order);
            trim(orders);
        }
    }

    static void payment(List<PaymentSeen> list, PaymentSeen payment) {
        if (list.stream().noneMatch(p -> p.paymentId.equals(payment.paymentId))) {
            list.add(payment);
            trim(list);
        }
    }

    private static void trim(List<?> list) {
        if (list.size() > KEPT) {
            list.subList(0, list.size() - KEPT).clear();
        }
    }
}
