package io.comptoir.inventory.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stock of one sku: units on hand, the part held for orders (one hold per order, which makes
 * every hold and release idempotent), and the units shipped per day for the sales velocity.
 */
@MongoEntity(collection = "inventory_stock")
public class StockItem extends Aggregate {

    public String productId;
    public long onHand;
    public long reserved;
    /** {@code onHand - reserved}, stored so listings can filter on it. */
    public long available;

    public long lowThreshold;
    public List<Hold> holds = new ArrayList<>();
    public List<DailySales> sales = new ArrayList<>();
    /** Whether stock.low was announced since the sku last had more than its threshold. */
    public boolean lowAnnounced;

    public Instant updatedAt;

    /** Units held for one order until it ships or is cancelled. */
    public static class Hold {
        public String orderId;
        public int quantity;

        public Hold() {}

        Hold(String orderId, int quantity) {
            this.orderId = orderId;
            this.quantity = quantity;
        }
    }

    /** Units shipped on one day. */
    public static class DailySales {
        public LocalDate day;
        public long units;
    }

    public Optional<Hold> hold(String orderId) {
        return holds.stream().filter(h -> h.orderId.equals(orderId)).findFirst();
    }
}
