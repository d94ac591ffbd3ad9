package io.comptoir.profitability.domain;

import io.comptoir.kernel.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Profitability of the sales confirmed in [{@code from}, {@code to}) (UTC days): totals, the same per
 * bucket (every bucket of the period, empty ones included, each named by its first day), per
 * product, category and customer (most profitable first), and a price for each product under the
 * target margin. Percentages are of revenue, rounded half-up to two decimals.
 */
public record ProfitabilityReport(
        LocalDate from,
        LocalDate to,
        Bucket bucket,
        String currency,
        BigDecimal targetMarginPercent,
        Figures totals,
        List<BucketFigures> buckets,
        List<ProductMargin> products,
        List<CategoryMargin> categories,
        List<CustomerMargin> customers,
        List<PriceSuggestion> priceSuggestions,
        long linesWithoutCost) {

    /**
     * Orders counted, units sold, revenue (what the customers paid, discounts spread over the lines
     * in proportion to their amounts), landed cost (units × unit cost + the order's shipping spread
     * the same way), margin = revenue − landed cost, and margin as a percentage of revenue (none
     * without revenue).
     */
    public record Figures(
            long orders, long units, Money revenue, Money landedCost, Money margin, BigDecimal marginPercent) {}

    public record BucketFigures(LocalDate start, Figures figures) {}

    public record ProductMargin(String productId, String name, String categoryId, Figures figures) {}

    public record CategoryMargin(String categoryId, Figures figures) {}

    public record CustomerMargin(String customerId, Figures figures) {}

    /**
     * A product whose margin is under the target: its average unit price and landed cost over the
     * period, and the unit price that reaches the target (cost ÷ (1 − target)), rounded up to the
     * price step.
     */
    public record PriceSuggestion(
            String productId,
            String name,
            BigDecimal marginPercent,
            Money averageUnitPrice,
            Money averageUnitCost,
            Money suggestedUnitPrice) {}
}
