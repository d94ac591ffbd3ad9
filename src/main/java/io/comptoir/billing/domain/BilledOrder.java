package io.comptoir.billing.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * The billing engine's copy of an order (its id is the order's), kept from its events whatever
 * their order across topics: its content ({@code order.order.placed}), whether it is confirmed or
 * cancelled, and the payments and refunds received for it before or after it is invoiced.
 */
@MongoEntity(collection = "billing_orders")
public class BilledOrder extends Aggregate {

    public String customerId;
    public List<DocumentLine> lines = new ArrayList<>();
    public List<Invoice.Discount> discounts = new ArrayList<>();
    public Money subtotal;
    public Money total;
    public boolean confirmed;
    public boolean cancelled;
    public List<Invoice.Payment> payments = new ArrayList<>();
    public List<Refund> refunds = new ArrayList<>();

    /** Money given back, to credit on the invoice ({@code amount} null: all that is not credited yet). */
    public static class Refund {
        public String refundRef;
        public Money amount;
        public String reason;
    }

    /** Placed and confirmed, not cancelled: to be invoiced. */
    public boolean invoiceable() {
        return total != null && confirmed && !cancelled;
    }

    void refund(String refundRef, Money amount, String reason) {
        if (refunds.stream().noneMatch(r -> r.refundRef.equals(refundRef))) {
            Refund refund = new Refund();
            refund.refundRef = refundRef;
            refund.amount = amount;
            refund.reason = reason;
            refunds.add(refund);
        }
    }
}
