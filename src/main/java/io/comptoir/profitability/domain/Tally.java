package io.comptoir.profitability.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.profitability.domain.ProfitabilityReport.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/** Running sums of costed lines for one row of a report (a bucket, a product, a customer, …). */
final class Tally {

    private final Set<String> orders = new HashSet<>();
    private long units;
    private long revenue;
    private long cost;

    void add(String orderId, int quantity, long lineRevenue, long lineCost) {
        orders.add(orderId);
        units += quantity;
        revenue += lineRevenue;
        cost += lineCost;
    }

    long margin() {
        return revenue - cost;
    }

    long units() {
        return units;
    }

    long revenue() {
        return revenue;
    }

    long cost() {
        return cost;
    }

    /** Margin as a percentage of revenue, half-up to two decimals; null without revenue. */
    BigDecimal marginPercent() {
        return revenue == 0
                ? null
                : BigDecimal.valueOf(margin())
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(revenue), 2, RoundingMode.HALF_UP);
    }

    Figures figures(String currency) {
        return new Figures(
                orders.size(),
                units,
                Money.of(revenue, currency),
                Money.of(cost, currency),
                Money.of(margin(), currency),
                marginPercent());
    }
}
