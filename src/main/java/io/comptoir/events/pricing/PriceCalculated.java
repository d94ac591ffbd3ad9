package io.comptoir.events.pricing;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/** Payload of {@code pricing.price.calculated}: a variant's selling price and how it was computed (rates as decimal fractions). */
@RegisterForReflection
public record PriceCalculated(
        @NotBlank String productId,
        @NotBlank String sku,
        @NotNull @Valid Money baseCost,
        @NotNull BigDecimal exchangeRate,
        @NotNull BigDecimal marginRate,
        @NotNull BigDecimal serviceFeeRate,
        @NotNull BigDecimal insuranceRate,
        @NotNull @Valid Money price,
        @NotNull Instant calculatedAt) {}
