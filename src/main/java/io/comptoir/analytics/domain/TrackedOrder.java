package io.comptoir.analytics.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as the KPIs see it (its id is the order id): total and lines from its placement,
 * counted as revenue from its confirmation until a cancellation or refund, in any order of events.
 */
@MongoEntity(collection = "analytics_orders")
public class TrackedOrder extends Aggregate {

    public Money total;
    public List<Item> items = new ArrayList<>();
    public Instant confirmedAt;
    public boolean undone;

    /** Units of a product in the order and what they were sold for. */
    public static class Item {
        public String productId;
        public long units;
        public long amount;

        public Item() {}

        Item(String productId, long units, long amount) {
            this.productId = productId;
            this.units = units;
            this.amount = amount;
        }
    }
}
