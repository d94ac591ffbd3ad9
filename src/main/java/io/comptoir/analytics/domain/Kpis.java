package io.comptoir.analytics.domain;

import io.comptoir.kernel.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * KPIs of [{@code from}, {@code to}): revenue and orders confirmed in it (not cancelled or
 * refunded since), average basket = revenue ÷ orders (half-up to the minor unit), sessions started
 * in it and how many of them converted, conversion rate = converted ÷ sessions in percent
 * (half-up, two decimals; none without sessions), and the top products by units sold, then views.
 */
public record Kpis(
        Instant from,
        Instant to,
        Money revenue,
        long orders,
        Money averageBasket,
        long sessions,
        long convertedSessions,
        BigDecimal conversionRate,
        List<ProductKpi> topProducts) {

    /** A product's units sold and revenue in confirmed orders, and its views on the period's days. */
    public record ProductKpi(String productId, long units, Money revenue, long views) {}
}
