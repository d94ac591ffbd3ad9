package io.comptoir.loyalty.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.loyalty.PointsEarned;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.loyalty.config.LoyaltyConfig;
import io.comptoir.loyalty.domain.LoyaltyAccount.Entry;
import io.comptoir.loyalty.domain.LoyaltyAccount.EntryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Earns, credits and reverses points from order events. Events of one order arrive on different
 * topics and may come in any order, so each handler also copes with being first: a delivery seen
 * before the placement credits the points at once, and the late placement then changes nothing.
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

    public void placed(OrderPlaced order, EventEnvelope event) {
        accounts.apply(order.customerId(), event, LoyaltyAccount::new, (account, events) -> {
            if (account.entry(order.orderId()).isEmpty()) {
                long points = earned(account, order.total());
                account.entries.add(new Entry(order.orderId(), points, EntryStatus.PENDING));
                account.pendingPoints += points;
            }
        });
    }

    public void delivered(OrderStatusChanged order, EventEnvelope event) {
        accounts.apply(order.customerId(), event, LoyaltyAccount::new, (account, events) -> {
            Entry entry = account.entry(order.orderId()).orElseGet(() -> {
                Entry early = new Entry(order.orderId(), earned(account, order.total()), EntryStatus.PENDING);
                account.entries.add(early);
                account.pendingPoints += early.points;
                return early;
            });
            if (entry.status == EntryStatus.PENDING) {
                entry.status = EntryStatus.CREDITED;
                account.pendingPoints -= entry.points;
                account.points += entry.points;
                account.lifetimePoints += entry.points;
                account.tier = tierFor(account.lifetimePoints);
                events.add(
                        Topic.LOYALTY_POINTS_EARNED,
                        account.id,
                        new PointsEarned(
                                account.id, order.orderId(), entry.points, account.points, account.tier.name()));
            }
        });
    }

    /** A cancelled or refunded order gives its points back, pending or credited. */
    public void reversed(OrderStatusChanged order, EventEnvelope event) {
        accounts.apply(
                order.customerId(), event, LoyaltyAccount::new, (account, events) -> reverse(account, order.orderId()));
    }

    /** Members, points issued (credited over all time), points held now and pending, members per tier. */
    public record LoyaltyStats(
            long members, long pointsIssued, long pointsHeld, long pointsPending, Map<Tier, Long> tiers) {}

    public LoyaltyStats stats() {
        Map<String, Long> sums = accounts.sum("lifetimePoints", "points", "pendingPoints");
        Map<Tier, Long> tiers = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            tiers.put(tier, accounts.count("tier", tier.name()));
        }
        return new LoyaltyStats(
                accounts.count(), sums.get("lifetimePoints"), sums.get("points"), sums.get("pendingPoints"), tiers);
    }

    public Optional<LoyaltyAccount> account(String customerId) {
        return accounts.findByIdOptional(customerId);
    }

    private void reverse(LoyaltyAccount account, String orderId) {
        Optional<Entry> found = account.entry(orderId);
        if (found.isEmpty()) {
            // Reversal seen before the placement: remember it so the placement earns nothing.
            account.entries.add(new Entry(orderId, 0, EntryStatus.REVERSED));
            return;
        }
        Entry entry = found.get();
        switch (entry.status) {
            case PENDING -> account.pendingPoints -= entry.points;
            case CREDITED -> {
                account.points = Math.max(0, account.points - entry.points);
                account.lifetimePoints -= entry.points;
                account.tier = tierFor(account.lifetimePoints);
            }
            case REVERSED -> {
                return;
            }
        }
        entry.status = EntryStatus.REVERSED;
    }

    /** Points an order earns: 1 per {@code spendPerPoint}, times the tier's multiplier, plus the first-purchase bonus. */
    long earned(LoyaltyAccount account, Money total) {
        if (!config.currency().equals(total.currency()) || total.amount() <= 0) {
            return 0;
        }
        BigDecimal base = BigDecimal.valueOf(total.amount() / config.spendPerPoint());
        long points = base.multiply(multiplier(account.tier))
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        return account.entries.isEmpty() ? points + config.firstPurchaseBonus() : points;
    }

    Tier tierFor(long lifetimePoints) {
        List<Long> thresholds = config.tierThresholds();
        Tier tier = Tier.BRONZE;
        for (Tier candidate : Tier.values()) {
            if (lifetimePoints >= thresholds.get(candidate.ordinal())) {
                tier = candidate;
            }
        }
        return tier;
    }

    private BigDecimal multiplier(Tier tier) {
        return config.tierMultipliers().get(tier.ordinal());
    }
}
