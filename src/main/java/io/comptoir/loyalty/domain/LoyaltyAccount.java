package io.comptoir.loyalty.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A customer's loyalty account (its id is the customer id), one document so every change to a
 * balance is one versioned write: the spendable balance, points pending delivery, points reserved
 * by placed orders, the totals the statistics add up, the tier, the rewards unlocked, and one entry
 * per order (its points earned, and its points redeemed), so each order counts once whatever the
 * events' order or repetition. Credited entries are the lots points are spent and expire from.
 */
@MongoEntity(collection = "loyalty_accounts")
public class LoyaltyAccount extends Aggregate {

    /** Spendable: credited, less spent, reserved, expired or reversed (the sum of the lots' remaining). */
    public long points;

    public long pendingPoints;
    /** Held by placed orders until they are confirmed (consumed) or cancelled (returned). */
    public long reservedPoints;
    /** Credited over all time, less reversals: the points issued. */
    public long lifetimePoints;
    /** Consumed by confirmed orders, less those given back on refund. */
    public long redeemedPoints;
    /** Expired, of credited entries not reversed. */
    public long expiredPoints;

    public Tier tier = Tier.BRONZE;
    public List<String> rewards = new ArrayList<>();
    public List<Entry> entries = new ArrayList<>();

    /** One order: the points it earns, and the points it redeems. */
    public static class Entry {
        public String orderId;
        public long points;
        public EntryStatus status;
        public Instant creditedAt;
        /** Of the credited points: not yet spent, expired or taken back. */
        public long remaining;

        public long expired;
        /** The order is confirmed (or further): its reserved points are consumed. */
        public boolean confirmed;

        public long redeemed;
        public Redemption redemption;
        /** The lots a redemption took its points from, to give them back on cancellation. */
        public List<Take> taken = new ArrayList<>();

        public Entry() {}

        Entry(String orderId, long points, EntryStatus status) {
            this.orderId = orderId;
            this.points = points;
            this.status = status;
        }
    }

    /** Points taken from the lot of order {@code orderId}. */
    public static class Take {
        public String orderId;
        public long points;

        public Take() {}

        Take(String orderId, long points) {
            this.orderId = orderId;
            this.points = points;
        }
    }

    /** Earned points: PENDING until delivery, then CREDITED; REVERSED on cancellation or refund. */
    public enum EntryStatus {
        PENDING,
        CREDITED,
        REVERSED
    }

    /** Redeemed points: RESERVED at placement (or REFUSED), CONSUMED on confirmation, RETURNED on cancellation or refund. */
    public enum Redemption {
        RESERVED,
        REFUSED,
        CONSUMED,
        RETURNED
    }

    /** Points that decide the tier: spending them does not lower it, expiry and reversal do. */
    public long qualifyingPoints() {
        return lifetimePoints - expiredPoints;
    }

    Optional<Entry> entry(String orderId) {
        return entries.stream().filter(e -> e.orderId.equals(orderId)).findFirst();
    }

    /** Credited lots with points left, oldest first: spent and expired in that order. */
    List<Entry> lots() {
        return entries.stream()
                .filter(e -> e.status == EntryStatus.CREDITED && e.remaining > 0)
                .sorted(Comparator.comparing(e -> e.creditedAt))
                .toList();
    }
}
