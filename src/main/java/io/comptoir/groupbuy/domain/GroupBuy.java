package io.comptoir.groupbuy.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A group buy with its members in one document: every join is one versioned write of it, so
 * concurrent joins never lose quantity and each tier is announced by exactly one of them.
 */
@MongoEntity(collection = "groupbuy_groups")
public class GroupBuy extends Aggregate {

    public String productId;
    public String sku;
    /** By increasing minimum quantity and decreasing unit price. */
    public List<Tier> tiers = new ArrayList<>();

    public Instant deadline;
    public GroupStatus status;
    public long totalQuantity;
    /** The minimum quantity of the highest tier reached (and announced), 0 while none is. */
    public int reachedMinQuantity;

    public List<Participant> participants = new ArrayList<>();
    public Instant createdAt;
    /** When it closed or expired. */
    public Instant endedAt;

    /** From {@code minQuantity} units in the whole group, every member pays {@code unitPrice}. */
    public static class Tier {
        public int minQuantity;
        public Money unitPrice;

        public Tier() {}

        public Tier(int minQuantity, Money unitPrice) {
            this.minQuantity = minQuantity;
            this.unitPrice = unitPrice;
        }
    }

    /** One customer's membership: one per customer, its quantity only ever raised. */
    public static class Participant {
        public String customerId;
        public int quantity;
        public String paymentMethod;
        public Instant joinedAt;
        public Instant updatedAt;
    }

    public Optional<Participant> participant(String customerId) {
        return participants.stream()
                .filter(p -> p.customerId.equals(customerId))
                .findFirst();
    }

    /** The highest tier reached, if any. */
    public Optional<Tier> reachedTier() {
        return tiers.stream().filter(t -> t.minQuantity == reachedMinQuantity).findFirst();
    }

    /** The next tier to reach, if any. */
    public Optional<Tier> nextTier() {
        return tiers.stream().filter(t -> t.minQuantity > totalQuantity).findFirst();
    }

    /**
     * The order placed for a member when the group closes: derived from the group and the customer,
     * so whoever places it, however often, places the same one.
     */
    public String orderId(String customerId) {
        return "gb-" + UUID.nameUUIDFromBytes((id + "/" + customerId).getBytes(StandardCharsets.UTF_8));
    }
}
