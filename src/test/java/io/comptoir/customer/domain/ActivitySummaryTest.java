package io.comptoir.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.customer.domain.CustomerActivity.OrderState;
import io.comptoir.kernel.money.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An order's events may come in any order and more than once: the customer view keeps one entry
 * per order that only moves forward, and counts, totals and RFM scores follow from the entries.
 */
class ActivitySummaryTest {

    private static final Instant DAY_0 = Instant.parse("2026-01-01T10:00:00Z");

    private final Activities activities =
            new Activities(null, new Rfm(DefaultCustomerConfig.INSTANCE), DefaultCustomerConfig.INSTANCE);

    @Test
    void lateOrRepeatedEventsNeverUndoACancellationOrARefund() {
        CustomerActivity activity = new CustomerActivity();
        // Cancelled before its placement was heard of: the late placement dates it, nothing more.
        Activities.advance(Activities.entry(activity, "A", xof(10_000)), OrderState.CANCELLED, DAY_0.plusSeconds(60));
        Activities.entry(activity, "A", xof(10_000)).placedAt = DAY_0;
        // Delivered before its placement, then placed, then delivered again.
        Activities.advance(Activities.entry(activity, "B", xof(60_000)), OrderState.DELIVERED, at(3));
        Activities.entry(activity, "B", xof(60_000)).placedAt = at(1);
        Activities.advance(Activities.entry(activity, "B", xof(60_000)), OrderState.DELIVERED, at(3));
        // Delivered, then refunded, then told delivered again.
        Activities.entry(activity, "C", xof(40_000)).placedAt = at(2);
        Activities.advance(Activities.entry(activity, "C", xof(40_000)), OrderState.DELIVERED, at(4));
        Activities.advance(Activities.entry(activity, "C", xof(40_000)), OrderState.REFUNDED, at(5));
        Activities.advance(Activities.entry(activity, "C", xof(40_000)), OrderState.DELIVERED, at(4));
        // Placed in another currency: counted, not spent.
        Activities.entry(activity, "D", Money.of(5_000, "EUR")).placedAt = at(0);

        activities.summarise(activity, at(101));

        assertThat(activity.orders).hasSize(4);
        assertThat(activity.orderCount).isEqualTo(2);
        assertThat(activity.spent).isEqualTo(xof(60_000));
        assertThat(activity.lastOrderId).isEqualTo("B");
        assertThat(activity.lastOrderAt).isEqualTo(at(1));
        assertThat(activity.ordersCancelled).isEqualTo(1);
        assertThat(activity.ordersRefunded).isEqualTo(1);
        // 100 days since B: recency 2; 2 orders: frequency 2; 60,000 XOF: monetary 2.
        assertThat(activity.rfm.recency).isEqualTo(2);
        assertThat(activity.rfm.frequency).isEqualTo(2);
        assertThat(activity.rfm.monetary).isEqualTo(2);
        assertThat(activity.rfm.segment).isEqualTo(RfmSegment.HIBERNATING);
        assertThat(activity.rfm.scoredAt).isEqualTo(at(101));
    }

    @Test
    void recencyAgesWhenScoredAgainAndNoOrderLeftMeansNoScores() {
        CustomerActivity activity = new CustomerActivity();
        Activities.entry(activity, "A", xof(75_000)).placedAt = DAY_0;
        activities.summarise(activity, DAY_0);
        assertThat(activity.rfm.segment).isEqualTo(RfmSegment.NEW);
        activities.summarise(activity, at(31));
        assertThat(activity.rfm.recency).isEqualTo(3);
        assertThat(activity.rfm.segment).isEqualTo(RfmSegment.PROMISING);
        activities.summarise(activity, at(181));
        assertThat(activity.rfm.segment).isEqualTo(RfmSegment.LOST);

        Activities.advance(Activities.entry(activity, "A", xof(75_000)), OrderState.CANCELLED, at(181));
        activities.summarise(activity, at(181));
        assertThat(activity.orderCount).isZero();
        assertThat(activity.spent).isEqualTo(xof(0));
        assertThat(activity.lastOrderId).isNull();
        assertThat(activity.rfm).isNull();
    }

    private static Instant at(int day) {
        return DAY_0.plus(Duration.ofDays(day));
    }

    private static Money xof(long amount) {
        return Money.of(amount, "XOF");
    }
}
