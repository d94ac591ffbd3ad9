package io.comptoir.loyalty.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's loyalty account (its id is the customer id): credited points, points pending until
 * their orders are delivered, lifetime points (which decide the tier) and one entry per order, so
 * an order earns points once whatever the events' order or repetition.
 */
@MongoEntity(collection = "loyalty_accounts")
public class LoyaltyAccount extends Aggregate {

    public long points;
    public long pendingPoints;
    public long lifetimePoints;
    public Tier tier = Tier.BRONZE;
    public List<Entry> entries = new ArrayList<>();

    /** Points of one order and where they stand. */
    public static class Entry {
        public String orderId;
        public long points;
        public EntryStatus status;

        public Entry() {}

        Entry(String orderId, long points, EntryStatus status) {
            this.orderId = orderId;
            this.points = points;
            this.status = status;
        }
    }

    /** PENDING until delivery, then CREDITED; REVERSED on cancellation or refund. */
    public enum EntryStatus {
        PENDING,
        CREDITED,
        REVERSED
    }

    Optional<Entry> entry(String orderId) {
        return entries.stream().filter(e -> e.orderId.equals(orderId)).findFirst();
    }
}
