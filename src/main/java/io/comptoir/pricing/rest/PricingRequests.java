package io.comptoir.pricing.rest;

import io.comptoir.pricing.domain.PricingSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Request bodies of the pricing endpoints; rates are decimal fractions with at most 4 decimals. */
final class PricingRequests {

    private PricingRequests() {}

    /** {@code PUT /api/pricing/settings}. */
    record Settings(
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 6)
                    BigDecimal exchangeRate,
            @NotNull @DecimalMin("0") @DecimalMax("5") @Digits(integer = 1, fraction = 4) BigDecimal defaultMarginRate,
            @NotNull @DecimalMin("0") @DecimalMax("5") @Digits(integer = 1, fraction = 4) BigDecimal serviceFeeRate,
            @NotNull @DecimalMin("0") @DecimalMax("5") @Digits(integer = 1, fraction = 4) BigDecimal insuranceRate,
            @Min(1) @Max(1_000_000) long roundingStep,
            @NotNull RoundingMode roundingMode) {

        PricingSettings toSettings() {
            PricingSettings settings = new PricingSettings();
            settings.exchangeRate = exchangeRate;
            settings.defaultMarginRate = defaultMarginRate;
            settings.serviceFeeRate = serviceFeeRate;
            settings.insuranceRate = insuranceRate;
            settings.roundingStep = roundingStep;
            settings.roundingMode = roundingMode;
            return settings;
        }
    }

    /** {@code PUT /api/pricing/margins/{categoryId}}. */
    record Margin(
            @NotNull @DecimalMin("0") @DecimalMax("5") @Digits(integer = 1, fraction = 4) BigDecimal marginRate) {}
}
