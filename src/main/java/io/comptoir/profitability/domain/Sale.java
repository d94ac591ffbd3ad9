package io.comptoir.profitability.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One order as the profitability engine sees it (its id is the order id), put together from events
 * that may come in any order: the lines and their revenue from the placement, the landed unit costs
 * known then, the confirmation that makes it a sale, the cancellation or refund that undoes it, and
 * the actual shipping cost of its shipment.
 */
@MongoEntity(collection = "profitability_sales")
public class Sale extends Aggregate {

    public String customerId;
    public Instant placedAt;
    /** Set by the placement: until then the sale has no lines and counts for nothing. */
    public Money revenue;

    public List<Line> lines = new ArrayList<>();
    public Instant confirmedAt;
    public boolean undone;
    public Money shippingCost;

    /** One ordered sku: its share of the order's total (discounts spread over the lines) and its unit cost. */
    public static class Line {
        public String productId;
        public String sku;
        public int quantity;
        public Money revenue;
        /** Landed unit cost without shipping when the order was placed; null when not known then. */
        public Money unitCost;

        public Line() {}

        Line(String productId, String sku, int quantity, Money revenue, Money unitCost) {
            this.productId = productId;
            this.sku = sku;
            this.quantity = quantity;
            this.revenue = revenue;
            this.unitCost = unitCost;
        }
    }

    /** A sale counts once its order is confirmed, and no more once it is cancelled or refunded. */
    boolean counts() {
        return revenue != null && confirmedAt != null && !undone;
    }
}
