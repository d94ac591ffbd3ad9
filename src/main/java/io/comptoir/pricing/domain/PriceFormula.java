package io.comptoir.pricing.domain;

import io.comptoir.kernel.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Selling price = base cost × exchange rate × (1 + margin + service fee + insurance), rounded to a
 * multiple of {@code roundingStep} minor units of the selling currency. Exact decimal arithmetic
 * from the integer base cost to the integer price: no double anywhere.
 */
public record PriceFormula(
        String sellingCurrency,
        BigDecimal exchangeRate,
        BigDecimal marginRate,
        BigDecimal serviceFeeRate,
        BigDecimal insuranceRate,
        long roundingStep,
        RoundingMode roundingMode) {

    public PriceFormula {
        if (exchangeRate.signum() <= 0) {
            throw new IllegalArgumentException("exchange rate must be positive");
        }
        if (roundingStep < 1) {
            throw new IllegalArgumentException("rounding step must be at least 1");
        }
        if (roundingMode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("rounding mode UNNECESSARY cannot round a price to a step");
        }
        Money.fractionDigits(sellingCurrency);
    }

    /** The factor applied to the converted cost: 1 + margin + service fee + insurance. */
    public BigDecimal markup() {
        return BigDecimal.ONE.add(marginRate).add(serviceFeeRate).add(insuranceRate);
    }

    public Money price(Money baseCost) {
        return rounded(baseCost.toMajor()
                .multiply(exchangeRate)
                .multiply(markup())
                .movePointRight(Money.fractionDigits(sellingCurrency)));
    }

    /** A quantity tier's unit price: the price less {@code discountRate}, rounded the same way. */
    public Money discounted(Money price, BigDecimal discountRate) {
        return rounded(BigDecimal.valueOf(price.amount()).multiply(BigDecimal.ONE.subtract(discountRate)));
    }

    private Money rounded(BigDecimal minorUnits) {
        BigDecimal step = BigDecimal.valueOf(roundingStep);
        long amount = minorUnits.divide(step, 0, roundingMode).multiply(step).longValueExact();
        return Money.of(amount, sellingCurrency);
    }
}
