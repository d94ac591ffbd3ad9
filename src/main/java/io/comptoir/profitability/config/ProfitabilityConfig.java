package io.comptoir.profitability.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** What the profitability reports measure against: the currency sold in and the margin aimed at. */
@ConfigMapping(prefix = "comptoir.profitability")
public interface ProfitabilityConfig {

    /** Currency of the reports (the pricing engine's selling currency); orders in others are not counted. */
    @WithDefault("XOF")
    String currency();

    /** Margin aimed at, as a fraction of revenue: a product under it gets a price suggestion. */
    @WithDefault("0.25")
    BigDecimal targetMarginRate();

    /** Suggested prices are rounded up to a multiple of this many minor units, like the pricing engine's. */
    @WithDefault("25")
    long priceStep();

    /** Rows of the most profitable products and customers a report shows when the request does not say. */
    @WithDefault("10")
    int top();
}
