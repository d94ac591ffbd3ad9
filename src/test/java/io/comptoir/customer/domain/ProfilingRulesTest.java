package io.comptoir.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.customer.domain.Profiling.Assessment;
import io.comptoir.customer.domain.Profiling.Segment;
import io.comptoir.kernel.money.Money;
import org.junit.jupiter.api.Test;

/** Seed 004's profiling rules and the RFM scores, with exact figures, under the default settings. */
class ProfilingRulesTest {

    private final Profiling profiling = new Profiling(DefaultCustomerConfig.INSTANCE);
    private final Rfm rfm = new Rfm(DefaultCustomerConfig.INSTANCE);

    private static Money xof(long amount) {
        return Money.of(amount, "XOF");
    }

    @Test
    void theSeedsCustomerIsALowRiskYoungFirstPayerAndEarnsGold() {
        // The seed's example: 28 years, 75,000 a year (45,000,000 XOF), score 720, first payment.
        Assessment a = profiling.assess(28, xof(45_000_000), 720, true);
        assertThat(a.segment()).isEqualTo(Segment.LOW_RISK);
        assertThat(a.eligible()).isTrue();
        assertThat(a.perks()).containsExactly("FIRST_PAYMENT_DISCOUNT_20", "YOUNG_CUSTOMER_BONUS");
        assertThat(a.tier()).isEqualTo(CustomerTier.GOLD);
        assertThat(a.reasons())
                .containsExactly(
                        "first payment: FIRST_PAYMENT_DISCOUNT_20 (SILVER)",
                        "age 28 under 30: YOUNG_CUSTOMER_BONUS (GOLD)");
    }

    @Test
    void aPremiumIncomeOutranksEveryOtherPerk() {
        Assessment a = profiling.assess(29, xof(60_000_000), 800, true);
        assertThat(a.tier()).isEqualTo(CustomerTier.PREMIUM);
        assertThat(a.perks())
                .containsExactly("FIRST_PAYMENT_DISCOUNT_20", "YOUNG_CUSTOMER_BONUS", "PREMIUM_CUSTOMER_REWARDS");
        assertThat(a.reasons())
                .last()
                .isEqualTo("income 60000000 XOF from 60000000 XOF: PREMIUM_CUSTOMER_REWARDS (PREMIUM)");
    }

    @Test
    void riskCountsAgeAndIncomeOnceAndALowCreditScoreTwice() {
        assertThat(profiling.assess(24, xof(40_000_000), 650, false).segment()).isEqualTo(Segment.MEDIUM_RISK);
        assertThat(profiling.assess(40, xof(29_999_999), 650, false).segment()).isEqualTo(Segment.MEDIUM_RISK);
        assertThat(profiling.assess(40, xof(40_000_000), 599, false).segment()).isEqualTo(Segment.HIGH_RISK);
        Assessment young = profiling.assess(22, xof(20_000_000), 580, true);
        assertThat(young.segment()).isEqualTo(Segment.HIGH_RISK);
        assertThat(young.eligible()).isTrue();
        assertThat(young.tier()).isEqualTo(CustomerTier.GOLD);
        assertThat(young.reasons())
                .containsExactly(
                        "age 22 under 25: risk factor",
                        "income 20000000 XOF under 30000000 XOF: risk factor",
                        "credit score 580 under 600: high risk factor",
                        "first payment: FIRST_PAYMENT_DISCOUNT_20 (SILVER)",
                        "age 22 under 30: YOUNG_CUSTOMER_BONUS (GOLD)");
    }

    @Test
    void aMinorWithTooLittleIncomeAndAPoorScoreIsNotEligibleAndSaysWhy() {
        Assessment a = profiling.assess(17, xof(11_999_999), 499, false);
        assertThat(a.eligible()).isFalse();
        assertThat(a.segment()).isEqualTo(Segment.HIGH_RISK);
        assertThat(a.reasons())
                .startsWith(
                        "age 17 under 18: not eligible",
                        "income 11999999 XOF under 12000000 XOF: not eligible",
                        "credit score 499 under 500: not eligible");
    }

    @Test
    void eachThresholdBelongsToTheBetterSide() {
        Assessment a = profiling.assess(30, xof(30_000_000), 600, false);
        assertThat(a.segment()).isEqualTo(Segment.LOW_RISK);
        assertThat(a.eligible()).isTrue();
        assertThat(a.perks()).isEmpty();
        assertThat(a.tier()).isEqualTo(CustomerTier.BRONZE);
        assertThat(a.reasons()).isEmpty();
        assertThat(profiling.assess(18, xof(12_000_000), 500, false).eligible()).isTrue();
        assertThat(profiling.assess(25, xof(50_000_000), 700, false).segment()).isEqualTo(Segment.LOW_RISK);
    }

    @Test
    void rfmScoresAndSegments() {
        assertThat(rfm.score(0, 1, 75_000)).isEqualTo(new Rfm.Score(5, 1, 2, RfmSegment.NEW));
        assertThat(rfm.score(7, 10, 1_000_000)).isEqualTo(new Rfm.Score(5, 5, 5, RfmSegment.CHAMPION));
        assertThat(rfm.score(8, 5, 500_000)).isEqualTo(new Rfm.Score(4, 4, 4, RfmSegment.CHAMPION));
        assertThat(rfm.score(45, 3, 200_000)).isEqualTo(new Rfm.Score(3, 3, 3, RfmSegment.LOYAL));
        assertThat(rfm.score(20, 2, 60_000)).isEqualTo(new Rfm.Score(4, 2, 2, RfmSegment.PROMISING));
        assertThat(rfm.score(200, 5, 600_000)).isEqualTo(new Rfm.Score(1, 4, 4, RfmSegment.AT_RISK));
        assertThat(rfm.score(100, 1, 10_000)).isEqualTo(new Rfm.Score(2, 1, 1, RfmSegment.HIBERNATING));
        assertThat(rfm.score(181, 2, 49_999)).isEqualTo(new Rfm.Score(1, 2, 1, RfmSegment.LOST));
    }
}
