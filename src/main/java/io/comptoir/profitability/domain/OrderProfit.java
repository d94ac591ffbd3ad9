package io.comptoir.profitability.domain;

import io.comptoir.kernel.money.Money;
import java.util.List;

/**
 * An order's profitability: whether it counts as a sale (confirmed, not cancelled or refunded), its
 * revenue and actual shipping cost, and per line the revenue, landed cost and margin (no cost
 * while the product's cost is unknown).
 */
public record OrderProfit(
        String orderId,
        String customerId,
        boolean counted,
        boolean undone,
        Money revenue,
        Money shippingCost,
        List<LineProfit> lines,
        long linesWithoutCost) {

    public record LineProfit(
            String productId, String sku, int quantity, Money revenue, Money landedCost, Money margin) {}
}
