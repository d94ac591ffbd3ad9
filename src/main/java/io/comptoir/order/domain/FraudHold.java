package io.comptoir.order.domain;

import io.comptoir.events.fraud.OrderCleared;
import io.comptoir.events.fraud.OrderFlagged;
import io.comptoir.events.fraud.OrderRejected;
import io.comptoir.kernel.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The order's side of the fraud engine's decisions. A flagged order is HELD: it stays PLACED, a
 * payment completing or an admin confirming meanwhile only waits, and it confirms once cleared;
 * rejected, it is cancelled ({@code FRAUD_REJECTED}, the payment engine refunds what came in).
 * Orders are held only on a flag, so with the fraud engine switched off none waits. The three
 * topics do not keep their order between them: a decision seen first makes the late flag moot.
 */
@ApplicationScoped
public class FraudHold {

    static final String FRAUD_REJECTED = "FRAUD_REJECTED";

    /** Where an order stands with the fraud engine: held until cleared or rejected. */
    public enum Status {
        HELD,
        CLEARED,
        REJECTED
    }

    /** Stored with the order: the decision, the score and reasons, and whether confirmation waits. */
    public static class State {
        public Status status;
        public int score;
        public List<String> reasons = new ArrayList<>();
        /** An admin asked to confirm while the order was held: it confirms when cleared. */
        public boolean confirmWhenCleared;
    }

    private final OrderRepository orders;

    FraudHold(OrderRepository orders) {
        this.orders = orders;
    }

    static boolean held(Order order) {
        return order.fraud != null && order.fraud.status == Status.HELD;
    }

    public void onFlagged(OrderFlagged flagged, EventEnvelope event) {
        orders.applyIfPresent(flagged.orderId(), event, (order, events) -> {
            if (order.fraud == null) {
                order.fraud = new State();
                order.fraud.status = Status.HELD;
                order.fraud.score = flagged.score();
                order.fraud.reasons = new ArrayList<>(flagged.reasons());
            }
        });
    }

    /** Cleared: confirmed at once if it was paid (not on delivery) or an admin confirmed it meanwhile. */
    public void onCleared(OrderCleared cleared, EventEnvelope event) {
        orders.applyIfPresent(cleared.orderId(), event, (order, events) -> {
            State state = decided(order, cleared.score());
            if (state.status != Status.HELD) {
                return;
            }
            state.status = Status.CLEARED;
            boolean paid = order.payment != null
                    && order.payment.status == PaymentProgress.SUCCEEDED
                    && order.paymentMethod != PaymentMethod.CASH_ON_DELIVERY;
            if (order.status == OrderStatus.PLACED && (paid || state.confirmWhenCleared)) {
                OrderService.move(order, OrderStatus.CONFIRMED, null, events);
            }
        });
    }

    public void onRejected(OrderRejected rejected, EventEnvelope event) {
        orders.applyIfPresent(rejected.orderId(), event, (order, events) -> {
            State state = decided(order, rejected.score());
            if (state.status != Status.HELD) {
                return;
            }
            state.status = Status.REJECTED;
            if (order.status.canBecome(OrderStatus.CANCELLED)) {
                order.paymentDueBy = null;
                OrderService.move(order, OrderStatus.CANCELLED, FRAUD_REJECTED, events);
            }
        });
    }

    /** The order's hold, created HELD when the decision comes before the flag. */
    private static State decided(Order order, int score) {
        if (order.fraud == null) {
            order.fraud = new State();
            order.fraud.status = Status.HELD;
            order.fraud.score = score;
        }
        return order.fraud;
    }
}
