package io.comptoir.loyalty.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.loyalty.PointsEarned;
import io.comptoir.events.loyalty.PointsRedeemed;
import io.comptoir.events.loyalty.RewardUnlocked;
import io.comptoir.events.loyalty.TierChanged;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.loyalty.config.LoyaltyConfig;
import io.comptoir.loyalty.domain.LoyaltyAccount.Entry;
import io.comptoir.loyalty.domain.LoyaltyAccount.EntryStatus;
import io.comptoir.loyalty.domain.LoyaltyAccount.Redemption;
import io.comptoir.loyalty.domain.LoyaltyAccount.Take;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * Earns, credits, redeems, expires and reverses points from order events. Events of one order
 * arrive on different topics and may come in any order, so each handler also copes with being
 * first: a confirmation or delivery seen before the placement records the order's points at once,
 * and the late placement then only decides its redemption. Every change is one versioned write of
 * the customer's account, so concurrent orders of one customer never spend a point twice.
 */
@ApplicationScoped
public class LoyaltyService {

    private final LoyaltyAccountRepository accounts;
    private final LoyaltyConfig config;

    LoyaltyService(LoyaltyAccountRepository accounts, LoyaltyConfig config) {
        this.accounts = accounts;
        this.config = config;
        Tier[] tiers = Tier.values();
        if (config.tierThresholds().size() != tiers.length
                || config.tierMultipliers().size() != tiers.length) {
            throw new IllegalArgumentException(
                    "comptoir.loyalty: give " + tiers.length + " tier thresholds and multipliers");
        }
    }

    /** The order's points are pending; the points it redeems are reserved, or refused when the balance cannot cover them. */
    public void placed(OrderPlaced order, EventEnvelope event) {
        accounts.apply(
                order.customerId(),
                event,
                LoyaltyAccount::new,
                (account, events) -> place(account, order.orderId(), order.total(), order.pointsRedeemed(), events));
    }

    /** The order's reserved points are consumed. */
    public void confirmed(OrderStatusChanged order, EventEnvelope event) {
        accounts.apply(
                order.customerId(),
                event,
                LoyaltyAccount::new,
                (account, events) -> confirm(account, order.orderId(), order.total(), events));
    }

    /** The order's points are credited (and its reserved points consumed: delivery implies confirmation). */
    public void delivered(OrderStatusChanged order, EventEnvelope event) {
        accounts.apply(
                order.customerId(),
                event,
                LoyaltyAccount::new,
                (account, events) -> credit(account, order.orderId(), order.total(), Instant.now(), events));
    }

    /**
     * A cancelled or refunded order gives back the points it redeemed and loses the points it
     * earned: pending ones are dropped, credited ones taken back from the balance (its own lot
     * first, then the oldest others, never below zero), which may lower the tier.
     */
    public void reversed(OrderStatusChanged order, EventEnvelope event) {
        accounts.apply(
                order.customerId(),
                event,
                LoyaltyAccount::new,
                (account, events) -> reverse(account, order.orderId(), events));
    }

    // Each event's rules, on the account as loaded: apart from the load and save, so they can be tested alone.

    /** A placement: the order's points are pending, the points it redeems reserved or refused. */
    void place(LoyaltyAccount account, String orderId, Money total, long redeem, EventBuffer events) {
        Entry entry = account.entry(orderId).orElseGet(() -> pending(account, orderId, total));
        if (redeem > 0 && entry.redemption == null && entry.status != EntryStatus.REVERSED) {
            reserve(account, entry, redeem, events);
        }
    }

    /** A confirmation: the order's reserved points are consumed. */
    void confirm(LoyaltyAccount account, String orderId, Money total, EventBuffer events) {
        confirm(account, entryFor(account, orderId, total), events);
    }

    /** A delivery at {@code at}: the order's reserved points are consumed and its points credited, once. */
    void credit(LoyaltyAccount account, String orderId, Money total, Instant at, EventBuffer events) {
        Entry entry = entryFor(account, orderId, total);
        confirm(account, entry, events);
        if (entry.status == EntryStatus.PENDING) {
            entry.status = EntryStatus.CREDITED;
            entry.creditedAt = at;
            entry.remaining = entry.points;
            account.pendingPoints -= entry.points;
            account.points += entry.points;
            account.lifetimePoints += entry.points;
            events.add(
                    Topic.LOYALTY_POINTS_EARNED,
                    account.id,
                    new PointsEarned(
                            account.id,
                            orderId,
                            entry.points,
                            account.points,
                            tierFor(account.qualifyingPoints()).name()));
            retier(account, events);
            unlockRewards(account, events);
        }
    }

    /** A cancellation or refund: see {@link #reversed}. */
    void reverse(LoyaltyAccount account, String orderId, EventBuffer events) {
        Optional<Entry> found = account.entry(orderId);
        if (found.isEmpty()) {
            // Reversal seen before the placement: remember it so the placement earns and redeems nothing.
            account.entries.add(new Entry(orderId, 0, EntryStatus.REVERSED));
            return;
        }
        Entry entry = found.get();
        giveBack(account, entry, events);
        switch (entry.status) {
            case PENDING -> account.pendingPoints -= entry.points;
            case CREDITED -> {
                // What expired of the lot has left the balance already: only the rest is taken back.
                long due = entry.points - entry.expired;
                long own = Math.min(entry.remaining, due);
                entry.remaining -= own;
                account.points -= own;
                take(account, due - own);
                account.lifetimePoints -= entry.points;
                account.expiredPoints -= entry.expired;
                retier(account, events);
            }
            case REVERSED -> {
                return;
            }
        }
        entry.status = EntryStatus.REVERSED;
    }

    /**
     * Takes the points credited longer than {@code points-expire-after} ago and still unspent off
     * the balances of at most {@code limit} accounts; each account in one versioned write that
     * checks again what has expired, so replicas racing expire each lot once. Returns the accounts changed.
     */
    public int expire(int limit) {
        Instant cutoff = Instant.now().minus(config.pointsExpireAfter());
        Document due = new Document(
                "entries",
                new Document(
                        "$elemMatch",
                        new Document("status", EntryStatus.CREDITED.name())
                                .append("remaining", new Document("$gt", 0))
                                .append("creditedAt", new Document("$lt", cutoff))));
        return accounts.modifyEach(
                accounts.find(due).page(0, limit).list(),
                Cause.scheduled(),
                (account, events) -> expire(account, cutoff, events));
    }

    /** Expires what is left of the lots credited before {@code cutoff}; true when any did. */
    boolean expire(LoyaltyAccount account, Instant cutoff, EventBuffer events) {
        boolean any = false;
        for (Entry lot : account.lots()) {
            if (lot.creditedAt.isBefore(cutoff)) {
                account.points -= lot.remaining;
                account.expiredPoints += lot.remaining;
                lot.expired += lot.remaining;
                lot.remaining = 0;
                any = true;
            }
        }
        retier(account, events);
        return any;
    }

    /**
     * Members, points issued (credited, less reversals), spendable, pending, reserved by placed
     * orders, redeemed and expired, members per tier, and members per reward unlocked.
     */
    public record LoyaltyStats(
            long members,
            long pointsIssued,
            long pointsHeld,
            long pointsPending,
            long pointsReserved,
            long pointsRedeemed,
            long pointsExpired,
            Map<Tier, Long> tiers,
            Map<String, Long> rewards) {}

    public LoyaltyStats stats() {
        Map<String, Long> sums = accounts.sum(
                "lifetimePoints", "points", "pendingPoints", "reservedPoints", "redeemedPoints", "expiredPoints");
        Map<Tier, Long> tiers = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            tiers.put(tier, accounts.count("tier", tier.name()));
        }
        Map<String, Long> rewards = new LinkedHashMap<>();
        config.rewards().keySet().stream().sorted().forEach(id -> rewards.put(id, accounts.count("rewards", id)));
        return new LoyaltyStats(
                accounts.count(),
                sums.get("lifetimePoints"),
                sums.get("points"),
                sums.get("pendingPoints"),
                sums.get("reservedPoints"),
                sums.get("redeemedPoints"),
                sums.get("expiredPoints"),
                tiers,
                rewards);
    }

    public Optional<LoyaltyAccount> account(String customerId) {
        return accounts.findByIdOptional(customerId);
    }

    /** The order's entry, recorded from a status event when that event comes before the placement. */
    private Entry entryFor(LoyaltyAccount account, String orderId, Money total) {
        return account.entry(orderId).orElseGet(() -> pending(account, orderId, total));
    }

    private Entry pending(LoyaltyAccount account, String orderId, Money total) {
        Entry entry = new Entry(orderId, earned(account, total), EntryStatus.PENDING);
        account.entries.add(entry);
        account.pendingPoints += entry.points;
        return entry;
    }

    private void reserve(LoyaltyAccount account, Entry entry, long redeem, EventBuffer events) {
        entry.redeemed = redeem;
        if (account.points < redeem) {
            entry.redemption = Redemption.REFUSED;
            redeemed(account, entry, PointsRedeemed.REFUSED, PointsRedeemed.REFUSED_REASON, events);
            return;
        }
        entry.taken = take(account, redeem);
        entry.redemption = Redemption.RESERVED;
        account.reservedPoints += redeem;
        redeemed(account, entry, PointsRedeemed.RESERVED, null, events);
        if (entry.confirmed) {
            confirm(account, entry, events);
        }
    }

    private void confirm(LoyaltyAccount account, Entry entry, EventBuffer events) {
        entry.confirmed = true;
        if (entry.redemption == Redemption.RESERVED) {
            entry.redemption = Redemption.CONSUMED;
            account.reservedPoints -= entry.redeemed;
            account.redeemedPoints += entry.redeemed;
            redeemed(account, entry, PointsRedeemed.CONSUMED, null, events);
        }
    }

    /** Points reserved or consumed by the order go back to the lots they came from (unless those were reversed since). */
    private void giveBack(LoyaltyAccount account, Entry entry, EventBuffer events) {
        if (entry.redemption != Redemption.RESERVED && entry.redemption != Redemption.CONSUMED) {
            return;
        }
        if (entry.redemption == Redemption.RESERVED) {
            account.reservedPoints -= entry.redeemed;
        } else {
            account.redeemedPoints -= entry.redeemed;
        }
        for (Take take : entry.taken) {
            account.entry(take.orderId)
                    .filter(lot -> lot.status == EntryStatus.CREDITED)
                    .ifPresent(lot -> {
                        lot.remaining += take.points;
                        account.points += take.points;
                    });
        }
        entry.redemption = Redemption.RETURNED;
        redeemed(account, entry, PointsRedeemed.RETURNED, null, events);
    }

    /** Takes up to {@code amount} points from the lots, oldest first; returns what it took from which. */
    private static List<Take> take(LoyaltyAccount account, long amount) {
        List<Take> taken = new ArrayList<>();
        long left = amount;
        for (Entry lot : account.lots()) {
            if (left == 0) {
                break;
            }
            long points = Math.min(lot.remaining, left);
            lot.remaining -= points;
            account.points -= points;
            left -= points;
            taken.add(new Take(lot.orderId, points));
        }
        return taken;
    }

    private static void redeemed(
            LoyaltyAccount account, Entry entry, String status, String reason, EventBuffer events) {
        events.add(
                Topic.LOYALTY_POINTS_REDEEMED,
                account.id,
                new PointsRedeemed(account.id, entry.orderId, entry.redeemed, status, reason, account.points));
    }

    /** Moves the account to the tier of its qualifying points, announcing an upgrade or a downgrade. */
    private void retier(LoyaltyAccount account, EventBuffer events) {
        Tier previous = account.tier;
        Tier tier = tierFor(account.qualifyingPoints());
        if (tier == previous) {
            return;
        }
        account.tier = tier;
        events.add(
                tier.compareTo(previous) > 0 ? Topic.LOYALTY_TIER_UPGRADED : Topic.LOYALTY_TIER_DOWNGRADED,
                account.id,
                new TierChanged(account.id, previous.name(), tier.name(), account.qualifyingPoints()));
    }

    /** Each reward whose threshold the lifetime points reach is unlocked, once: a later reversal keeps it. */
    private void unlockRewards(LoyaltyAccount account, EventBuffer events) {
        config.rewards().entrySet().stream()
                .filter(r -> account.lifetimePoints >= r.getValue() && !account.rewards.contains(r.getKey()))
                .sorted(Map.Entry.comparingByValue())
                .forEach(r -> {
                    account.rewards.add(r.getKey());
                    events.add(
                            Topic.LOYALTY_REWARD_UNLOCKED,
                            account.id,
                            new RewardUnlocked(account.id, r.getKey(), r.getValue()));
                });
    }

    /**
     * Points an order earns: 1 per {@code spendPerPoint}, times the tier's multiplier, plus the
     * first-purchase bonus when every order before it was cancelled or refunded (or there is none).
     */
    long earned(LoyaltyAccount account, Money total) {
        if (!config.currency().equals(total.currency()) || total.amount() <= 0) {
            return 0;
        }
        BigDecimal base = BigDecimal.valueOf(total.amount() / config.spendPerPoint());
        long points = base.multiply(multiplier(account.tier))
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        boolean first = account.entries.stream().allMatch(e -> e.status == EntryStatus.REVERSED);
        return first ? points + config.firstPurchaseBonus() : points;
    }

    Tier tierFor(long qualifyingPoints) {
        List<Long> thresholds = config.tierThresholds();
        Tier tier = Tier.BRONZE;
        for (Tier candidate : Tier.values()) {
            if (qualifyingPoints >= thresholds.get(candidate.ordinal())) {
                tier = candidate;
            }
        }
        return tier;
    }

    private BigDecimal multiplier(Tier tier) {
        return config.tierMultipliers().get(tier.ordinal());
    }
}
