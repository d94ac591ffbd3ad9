package io.comptoir.customer.domain;

import io.comptoir.customer.config.CustomerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * RFM scoring against fixed, configured thresholds rather than quantiles of the whole customer
 * base, so a customer's scores follow from their own orders alone and each consumer write stays
 * on one document.
 */
@ApplicationScoped
public class Rfm {

    /** The three scores (1 to 5) and the segment they make. */
    public record Score(int recency, int frequency, int monetary, RfmSegment segment) {}

    private final CustomerConfig.Rfm thresholds;

    Rfm(CustomerConfig config) {
        this.thresholds = config.rfm();
        if (thresholds.recencyDays().size() != 4
                || thresholds.frequencyOrders().size() != 4
                || thresholds.monetarySpent().size() != 4) {
            throw new IllegalArgumentException("comptoir.customer.rfm: give four thresholds for each score");
        }
    }

    public Score score(long daysSinceLastOrder, long orders, long spent) {
        int recency = 1;
        List<Integer> days = thresholds.recencyDays();
        for (int i = days.size() - 1; i >= 0; i--) {
            if (daysSinceLastOrder <= days.get(i)) {
                recency = 5 - i;
            }
        }
        int frequency = atLeast(
                orders,
                thresholds.frequencyOrders().stream().map(Integer::longValue).toList());
        int monetary = atLeast(spent, thresholds.monetarySpent());
        return new Score(recency, frequency, monetary, segment(recency, frequency, monetary));
    }

    /** 1, plus one for each threshold reached. */
    private static int atLeast(long value, List<Long> from) {
        int score = 1;
        for (long threshold : from) {
            if (value >= threshold) {
                score++;
            }
        }
        return score;
    }

    static RfmSegment segment(int r, int f, int m) {
        if (r >= 4 && f >= 4 && m >= 4) {
            return RfmSegment.CHAMPION;
        }
        if (r >= 3 && f >= 3) {
            return RfmSegment.LOYAL;
        }
        if (r >= 4 && f == 1) {
            return RfmSegment.NEW;
        }
        if (r >= 3) {
            return RfmSegment.PROMISING;
        }
        if (f >= 3) {
            return RfmSegment.AT_RISK;
        }
        return r == 2 ? RfmSegment.HIBERNATING : RfmSegment.LOST;
    }
}
