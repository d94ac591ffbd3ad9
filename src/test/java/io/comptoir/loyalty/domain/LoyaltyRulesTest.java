package io.comptoir.loyalty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.loyalty.PointsEarned;
import io.comptoir.events.loyalty.PointsRedeemed;
import io.comptoir.events.loyalty.RewardUnlocked;
import io.comptoir.events.loyalty.TierChanged;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.RecordedEvents;
import io.comptoir.loyalty.config.LoyaltyConfig;
import io.comptoir.loyalty.domain.LoyaltyAccount.Entry;
import io.comptoir.loyalty.domain.LoyaltyAccount.EntryStatus;
import io.comptoir.loyalty.domain.LoyaltyAccount.Redemption;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's loyalty programme with exact figures, under the default settings: 1 point per 1,000
 * XOF, times the tier's multiplier, 100 more on the first order; tiers from the qualifying points;
 * rewards once; redemptions reserved from the oldest lots; expiry and reversal never below zero.
 */
class LoyaltyRulesTest {

    /** The configuration's defaults, with application.properties' three rewards. */
    record Settings(
            String currency,
            long spendPerPoint,
            long firstPurchaseBonus,
            List<Long> tierThresholds,
            List<BigDecimal> tierMultipliers,
            Map<String, Long> rewards,
            Duration pointsExpireAfter,
            Duration expiryCheckEvery)
            implements LoyaltyConfig {}

    static final Settings DEFAULTS = new Settings(
            "XOF",
            1_000,
            100,
            List.of(0L, 1_000L, 5_000L, 15_000L, 50_000L),
            List.of(
                    new BigDecimal("1.0"),
                    new BigDecimal("1.1"),
                    new BigDecimal("1.25"),
                    new BigDecimal("1.5"),
                    new BigDecimal("2.0")),
            Map.of("free-delivery", 1_000L, "gift-voucher", 5_000L, "vip-support", 15_000L),
            Duration.ofDays(365),
            Duration.ofHours(1));

    private static final Instant DAY_0 = Instant.parse("2026-01-05T09:00:00Z");

    private final LoyaltyService loyalty = new LoyaltyService(null, DEFAULTS);
    private final RecordedEvents recorded = new RecordedEvents(Engine.LOYALTY);
    private final LoyaltyAccount account = account();

    private static LoyaltyAccount account() {
        LoyaltyAccount account = new LoyaltyAccount();
        account.id = "c-awa";
        return account;
    }

    private static Money xof(long amount) {
        return Money.of(amount, "XOF");
    }

    private static Instant day(int n) {
        return DAY_0.plus(Duration.ofDays(n));
    }

    /** Placed without points, then delivered on {@code day}. */
    private void earn(String orderId, long total, int day) {
        loyalty.place(account, orderId, xof(total), 0, recorded.buffer());
        loyalty.credit(account, orderId, xof(total), day(day), recorded.buffer());
    }

    private Entry entry(String orderId) {
        return account.entry(orderId).orElseThrow();
    }

    @Test
    void onePointPerThousandFrancsTimesTheTierPlusTheFirstPurchaseBonus() {
        // 45,750 XOF: 45 whole thousands; the first order earns 100 more.
        assertThat(loyalty.earned(account, xof(45_750))).isEqualTo(145);
        // A first order cancelled or refunded leaves the bonus to the next one.
        account.entries.add(new Entry("o-cancelled", 0, EntryStatus.REVERSED));
        assertThat(loyalty.earned(account, xof(45_750))).isEqualTo(145);
        account.entries.add(new Entry("o-earlier", 0, EntryStatus.CREDITED));
        assertThat(loyalty.earned(account, xof(45_750))).isEqualTo(45);
        // Silver × 1.1: 45 × 1.1 = 49.5, rounded down to 49.
        account.tier = Tier.SILVER;
        assertThat(loyalty.earned(account, xof(45_750))).isEqualTo(49);
        // Gold × 1.25: 999 × 1.25 = 1,248.75 → 1,248.
        account.tier = Tier.GOLD;
        assertThat(loyalty.earned(account, xof(999_999))).isEqualTo(1_248);
        // The thousands are whole before the multiplier: 1,999 XOF in Diamond is 1 × 2, not 3.998.
        account.tier = Tier.DIAMOND;
        assertThat(loyalty.earned(account, xof(1_999))).isEqualTo(2);
        assertThat(loyalty.earned(account, xof(999))).isZero();
    }

    @Test
    void nothingIsEarnedOnANothingOrInAnotherCurrencyNotEvenTheBonus() {
        assertThat(loyalty.earned(account, xof(0))).isZero();
        assertThat(loyalty.earned(account, Money.of(150_000, "EUR"))).isZero();
        // Under a thousand francs the first order still earns its bonus.
        assertThat(loyalty.earned(account, xof(999))).isEqualTo(100);
        assertThat(loyalty.earned(account, xof(1_000))).isEqualTo(101);
    }

    @Test
    void eachTierStartsAtItsThreshold() {
        assertThat(loyalty.tierFor(0)).isEqualTo(Tier.BRONZE);
        assertThat(loyalty.tierFor(999)).isEqualTo(Tier.BRONZE);
        assertThat(loyalty.tierFor(1_000)).isEqualTo(Tier.SILVER);
        assertThat(loyalty.tierFor(4_999)).isEqualTo(Tier.SILVER);
        assertThat(loyalty.tierFor(5_000)).isEqualTo(Tier.GOLD);
        assertThat(loyalty.tierFor(14_999)).isEqualTo(Tier.GOLD);
        assertThat(loyalty.tierFor(15_000)).isEqualTo(Tier.PLATINUM);
        assertThat(loyalty.tierFor(49_999)).isEqualTo(Tier.PLATINUM);
        assertThat(loyalty.tierFor(50_000)).isEqualTo(Tier.DIAMOND);
        assertThat(loyalty.tierFor(Long.MAX_VALUE)).isEqualTo(Tier.DIAMOND);
    }

    @Test
    void settingsWithoutATierEachAreRefused() {
        Settings fourTiers = new Settings(
                "XOF",
                1_000,
                100,
                List.of(0L, 1_000L, 5_000L, 15_000L),
                DEFAULTS.tierMultipliers(),
                Map.of(),
                Duration.ofDays(365),
                Duration.ofHours(1));
        assertThatThrownBy(() -> new LoyaltyService(null, fourTiers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give 5 tier thresholds and multipliers");
    }

    @Test
    void pointsArePendingUntilDeliveryThenCreditedOnce() {
        loyalty.place(account, "o1", xof(45_750), 0, recorded.buffer());
        assertThat(account.pendingPoints).isEqualTo(145);
        assertThat(account.points).isZero();
        assertThat(recorded.topics()).isEmpty();

        loyalty.credit(account, "o1", xof(45_750), day(2), recorded.buffer());
        loyalty.credit(account, "o1", xof(45_750), day(3), recorded.buffer());
        assertThat(account.pendingPoints).isZero();
        assertThat(account.points).isEqualTo(145);
        assertThat(account.lifetimePoints).isEqualTo(145);
        assertThat(entry("o1").creditedAt).isEqualTo(day(2));
        assertThat(recorded.payloads(Topic.LOYALTY_POINTS_EARNED, PointsEarned.class))
                .containsExactly(new PointsEarned("c-awa", "o1", 145, 145, "BRONZE"));
        assertThat(recorded.topics()).containsExactly("loyalty.points.earned");
    }

    @Test
    void aDeliverySeenBeforeThePlacementCreditsAtOnceAndThePlacementAddsNothing() {
        loyalty.credit(account, "o1", xof(45_750), day(2), recorded.buffer());
        loyalty.place(account, "o1", xof(45_750), 0, recorded.buffer());
        assertThat(account.points).isEqualTo(145);
        assertThat(account.pendingPoints).isZero();
        assertThat(account.entries).hasSize(1);
    }

    @Test
    void crossingAThresholdUpgradesAndUnlocksItsRewardOnce() {
        // 1,000,000 XOF, first order: 1,000 + 100 = 1,100 points: Silver, and free delivery (1,000).
        earn("o1", 1_000_000, 1);
        assertThat(account.tier).isEqualTo(Tier.SILVER);
        assertThat(recorded.payloads(Topic.LOYALTY_TIER_UPGRADED, TierChanged.class))
                .containsExactly(new TierChanged("c-awa", "BRONZE", "SILVER", 1_100));
        assertThat(recorded.payloads(Topic.LOYALTY_REWARD_UNLOCKED, RewardUnlocked.class))
                .containsExactly(new RewardUnlocked("c-awa", "free-delivery", 1_000));
        recorded.clear();

        // In Silver: 3,640 × 1.1 = 4,004; 5,104 qualifying points: Gold, and the gift voucher.
        earn("o2", 3_640_000, 2);
        assertThat(entry("o2").points).isEqualTo(4_004);
        assertThat(account.tier).isEqualTo(Tier.GOLD);
        assertThat(account.rewards).containsExactly("free-delivery", "gift-voucher");
        assertThat(recorded.payloads(Topic.LOYALTY_REWARD_UNLOCKED, RewardUnlocked.class))
                .containsExactly(new RewardUnlocked("c-awa", "gift-voucher", 5_000));
        // The event names the tier the new points reach.
        assertThat(recorded.payloads(Topic.LOYALTY_POINTS_EARNED, PointsEarned.class))
                .containsExactly(new PointsEarned("c-awa", "o2", 4_004, 5_104, "GOLD"));
    }

    @Test
    void oneBigOrderJumpsTiersAtOnceAndUnlocksRewardsInThresholdOrder() {
        // 15,000 + 100 = 15,100 points: Platinum straight from Bronze.
        earn("o1", 15_000_000, 1);
        assertThat(recorded.payloads(Topic.LOYALTY_TIER_UPGRADED, TierChanged.class))
                .containsExactly(new TierChanged("c-awa", "BRONZE", "PLATINUM", 15_100));
        assertThat(recorded.payloads(Topic.LOYALTY_REWARD_UNLOCKED, RewardUnlocked.class))
                .extracting(RewardUnlocked::rewardId)
                .containsExactly("free-delivery", "gift-voucher", "vip-support");
    }

    @Test
    void spendingPointsKeepsTheTierAndARewardOnceUnlockedStays() {
        earn("o1", 1_000_000, 1);
        loyalty.place(account, "o2", xof(10_000), 1_100, recorded.buffer());
        loyalty.confirm(account, "o2", xof(10_000), recorded.buffer());
        assertThat(account.points).isZero();
        assertThat(account.redeemedPoints).isEqualTo(1_100);
        assertThat(account.qualifyingPoints()).isEqualTo(1_100);
        assertThat(account.tier).isEqualTo(Tier.SILVER);

        // Refunding o1 takes its points back: Bronze again, but free delivery stays unlocked.
        loyalty.reverse(account, "o1", recorded.buffer());
        assertThat(account.tier).isEqualTo(Tier.BRONZE);
        assertThat(account.rewards).containsExactly("free-delivery");
        assertThat(recorded.payloads(Topic.LOYALTY_TIER_DOWNGRADED, TierChanged.class))
                .containsExactly(new TierChanged("c-awa", "SILVER", "BRONZE", 0));
    }

    @Test
    void theWholeBalanceCanBeRedeemedAndNotOnePointMore() {
        earn("o1", 1_000_000, 1); // 1,100 points
        recorded.clear();

        loyalty.place(account, "o2", xof(50_000), 1_100, recorded.buffer());
        assertThat(entry("o2").redemption).isEqualTo(Redemption.RESERVED);
        assertThat(account.points).isZero();
        assertThat(account.reservedPoints).isEqualTo(1_100);

        loyalty.place(account, "o3", xof(50_000), 1, recorded.buffer());
        assertThat(entry("o3").redemption).isEqualTo(Redemption.REFUSED);
        assertThat(account.reservedPoints).isEqualTo(1_100);
        assertThat(recorded.payloads(Topic.LOYALTY_POINTS_REDEEMED, PointsRedeemed.class))
                .containsExactly(
                        new PointsRedeemed("c-awa", "o2", 1_100, "RESERVED", null, 0),
                        new PointsRedeemed("c-awa", "o3", 1, "REFUSED", "POINTS_REFUSED", 0));

        // A placement seen again decides nothing again.
        loyalty.place(account, "o3", xof(50_000), 1, recorded.buffer());
        assertThat(recorded.payloads(Topic.LOYALTY_POINTS_REDEEMED, PointsRedeemed.class))
                .hasSize(2);
    }

    @Test
    void pendingAndReservedPointsCannotBeSpent() {
        loyalty.place(account, "o1", xof(1_000_000), 0, recorded.buffer()); // 1,100 pending
        loyalty.place(account, "o2", xof(50_000), 100, recorded.buffer());
        assertThat(entry("o2").redemption).isEqualTo(Redemption.REFUSED);
        assertThat(account.pendingPoints).isEqualTo(1_100 + 50);
    }

    @Test
    void aRedemptionTakesFromTheOldestLotsAndACancellationPutsThePointsBack() {
        earn("o1", 100_000, 1); // 100 + 100 bonus = 200
        earn("o2", 300_000, 2); // 300
        loyalty.place(account, "o3", xof(20_000), 250, recorded.buffer());
        assertThat(entry("o3").taken)
                .extracting(t -> t.orderId + ":" + t.points)
                .containsExactly("o1:200", "o2:50");
        assertThat(entry("o1").remaining).isZero();
        assertThat(entry("o2").remaining).isEqualTo(250);
        assertThat(account.points).isEqualTo(250);

        recorded.clear();
        loyalty.reverse(account, "o3", recorded.buffer());
        assertThat(entry("o1").remaining).isEqualTo(200);
        assertThat(entry("o2").remaining).isEqualTo(300);
        assertThat(account.points).isEqualTo(500);
        assertThat(account.reservedPoints).isZero();
        assertThat(account.pendingPoints).isZero(); // o3's 20 pending points are dropped too
        assertThat(entry("o3").redemption).isEqualTo(Redemption.RETURNED);
        assertThat(recorded.payloads(Topic.LOYALTY_POINTS_REDEEMED, PointsRedeemed.class))
                .containsExactly(new PointsRedeemed("c-awa", "o3", 250, "RETURNED", null, 500));
    }

    @Test
    void consumedPointsComeBackOnARefundAndAConfirmationSeenFirstConsumesAtOnce() {
        earn("o1", 1_000_000, 1); // 1,100
        loyalty.confirm(account, "o2", xof(10_000), recorded.buffer()); // before its placement
        loyalty.place(account, "o2", xof(10_000), 600, recorded.buffer());
        assertThat(entry("o2").redemption).isEqualTo(Redemption.CONSUMED);
        assertThat(account.reservedPoints).isZero();
        assertThat(account.redeemedPoints).isEqualTo(600);
        assertThat(account.points).isEqualTo(500);

        loyalty.reverse(account, "o2", recorded.buffer());
        assertThat(account.redeemedPoints).isZero();
        assertThat(account.points).isEqualTo(1_100);
        assertThat(recorded.payloads(Topic.LOYALTY_POINTS_REDEEMED, PointsRedeemed.class))
                .extracting(PointsRedeemed::status)
                .containsExactly("RESERVED", "CONSUMED", "RETURNED");
    }

    @Test
    void aRefundTakesBackItsOwnLotFirstThenTheOldestOthersNeverBelowZero() {
        earn("o1", 1_000_000, 1); // 1,100, Silver
        earn("o2", 200_000, 2); // 200 × 1.1 = 220
        loyalty.place(account, "o3", xof(10_000), 1_000, recorded.buffer());
        loyalty.confirm(account, "o3", xof(10_000), recorded.buffer());
        assertThat(entry("o1").remaining).isEqualTo(100);
        assertThat(account.points).isEqualTo(320);

        // o1's 1,100: its own 100 left, then o2's 220; the 780 more are not there to take: zero is the floor.
        loyalty.reverse(account, "o1", recorded.buffer());
        assertThat(entry("o1").status).isEqualTo(EntryStatus.REVERSED);
        assertThat(entry("o1").remaining).isZero();
        assertThat(entry("o2").remaining).isZero();
        assertThat(account.points).isZero();
        assertThat(account.lifetimePoints).isEqualTo(220);
        assertThat(account.redeemedPoints).isEqualTo(1_000);
        assertThat(account.tier).isEqualTo(Tier.BRONZE);

        // A second refund of the same order changes nothing.
        loyalty.reverse(account, "o1", recorded.buffer());
        assertThat(account.lifetimePoints).isEqualTo(220);
        assertThat(account.points).isZero();
    }

    @Test
    void aPendingOrderReversedLosesItsPendingPoints() {
        loyalty.place(account, "o1", xof(45_750), 0, recorded.buffer());
        loyalty.reverse(account, "o1", recorded.buffer());
        assertThat(account.pendingPoints).isZero();
        assertThat(entry("o1").status).isEqualTo(EntryStatus.REVERSED);
        // Delivered after all (out of order): nothing to credit.
        loyalty.credit(account, "o1", xof(45_750), day(2), recorded.buffer());
        assertThat(account.points).isZero();
        assertThat(recorded.topics()).isEmpty();
    }

    @Test
    void aCancellationSeenBeforeThePlacementLeavesNothingToEarnOrRedeem() {
        earn("o1", 1_000_000, 1);
        recorded.clear();
        loyalty.reverse(account, "o2", recorded.buffer());
        loyalty.place(account, "o2", xof(500_000), 300, recorded.buffer());
        assertThat(entry("o2").points).isZero();
        assertThat(entry("o2").redemption).isNull();
        assertThat(account.pendingPoints).isZero();
        assertThat(account.points).isEqualTo(1_100);
        assertThat(recorded.topics()).isEmpty();
    }

    @Test
    void unspentPointsOfLotsCreditedBeforeTheCutoffExpireOnceAndLowerTheTier() {
        earn("o1", 1_000_000, 0); // 1,100, Silver
        earn("o2", 200_000, 10); // 220
        loyalty.place(account, "o3", xof(10_000), 300, recorded.buffer());
        loyalty.confirm(account, "o3", xof(10_000), recorded.buffer());
        recorded.clear();

        // The cutoff falls between the lots: o1's 800 left expire, o2 keeps its 220.
        assertThat(loyalty.expire(account, day(5), recorded.buffer())).isTrue();
        assertThat(entry("o1").remaining).isZero();
        assertThat(entry("o1").expired).isEqualTo(800);
        assertThat(entry("o2").remaining).isEqualTo(220);
        assertThat(account.points).isEqualTo(220);
        assertThat(account.expiredPoints).isEqualTo(800);
        // Qualifying: 1,320 credited − 800 expired = 520 (the 300 spent still count): Bronze.
        assertThat(account.qualifyingPoints()).isEqualTo(520);
        assertThat(recorded.payloads(Topic.LOYALTY_TIER_DOWNGRADED, TierChanged.class))
                .containsExactly(new TierChanged("c-awa", "SILVER", "BRONZE", 520));

        recorded.clear();
        assertThat(loyalty.expire(account, day(5), recorded.buffer())).isFalse();
        assertThat(account.expiredPoints).isEqualTo(800);
        assertThat(recorded.topics()).isEmpty();
    }

    @Test
    void aLotCreditedExactlyAtTheCutoffDoesNotExpire() {
        earn("o1", 100_000, 3);
        assertThat(loyalty.expire(account, day(3), recorded.buffer())).isFalse();
        assertThat(account.points).isEqualTo(200);
        assertThat(loyalty.expire(account, day(3).plusMillis(1), recorded.buffer()))
                .isTrue();
        assertThat(account.points).isZero();
        assertThat(account.expiredPoints).isEqualTo(200);
    }

    @Test
    void refundingAnOrderWhosePointsExpiredTakesNothingFromYoungerLots() {
        earn("o1", 1_000_000, 0); // 1,100
        earn("o2", 200_000, 10); // 220
        loyalty.expire(account, day(5), recorded.buffer()); // o1's 1,100 expire

        loyalty.reverse(account, "o1", recorded.buffer());

        // The refunded lot had nothing left to take: o2's 220 stay, and the books still balance.
        assertThat(entry("o2").remaining).isEqualTo(220);
        assertThat(account.points).isEqualTo(220);
        assertThat(account.lifetimePoints).isEqualTo(220);
        assertThat(account.expiredPoints).isZero();
        assertThat(account.points)
                .isEqualTo(account.lifetimePoints
                        - account.expiredPoints
                        - account.redeemedPoints
                        - account.reservedPoints);
    }
}
