package io.comptoir.pricing.rest;

import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.pricing.domain.PricedProduct;
import io.comptoir.pricing.domain.PricingSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

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

    /** {@code PUT /api/pricing/products/{productId}/tiers}: an empty list removes the tiers. */
    record Tiers(@NotNull @Size(max = 10) List<@NotNull @Valid Tier> tiers) {

        List<PricedProduct.Tier> toTiers() {
            if (tiers.stream().map(Tier::minQuantity).distinct().count() != tiers.size()) {
                throw new UnprocessableException(
                        "each tier needs its own minimum quantity",
                        List.of(new Problem.FieldError("tiers", "minimum quantities must be unique")));
            }
            return tiers.stream()
                    .map(t -> new PricedProduct.Tier(t.minQuantity(), t.discountRate()))
                    .toList();
        }
    }

    /** From {@code minQuantity} units, {@code discountRate} off the unit price (0.10 is 10 %). */
    record Tier(
            @Min(2) @Max(100_000) int minQuantity,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("0.9") @Digits(integer = 1, fraction = 4)
                    BigDecimal discountRate) {}

    /** {@code PUT /api/pricing/margins/{categoryId}}. */
    record Margin(
            @NotNull @DecimalMin("0") @DecimalMax("5") @Digits(integer = 1, fraction = 4) BigDecimal marginRate) {}
}
