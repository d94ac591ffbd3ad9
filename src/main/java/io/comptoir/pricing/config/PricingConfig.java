package io.comptoir.pricing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The pricing rules in force until an admin sets them through the API (then the stored settings
 * win): products are bought in {@link #costCurrency()} and sold in {@link #sellingCurrency()}.
 */
@ConfigMapping(prefix = "comptoir.pricing")
public interface PricingConfig {

    /** Currency of the products' base cost (seeds: bought in China). */
    @WithDefault("CNY")
    String costCurrency();

    /** Currency of the selling prices (seeds: FCFA). */
    @WithDefault("XOF")
    String sellingCurrency();

    /** Units of the selling currency per unit of the cost currency. */
    @WithDefault("85.00")
    BigDecimal exchangeRate();

    /** Margin of products whose category has none of its own, as a decimal fraction. */
    @WithDefault("0.30")
    BigDecimal defaultMarginRate();

    @WithDefault("0.05")
    BigDecimal serviceFeeRate();

    @WithDefault("0.02")
    BigDecimal insuranceRate();

    /** Prices are multiples of this many minor units of the selling currency (XOF: francs). */
    @WithDefault("25")
    long roundingStep();

    /** How a price between two steps is rounded: UP never sells under the computed price. */
    @WithDefault("UP")
    RoundingMode roundingMode();
}
