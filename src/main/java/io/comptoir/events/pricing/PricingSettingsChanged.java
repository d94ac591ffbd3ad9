package io.comptoir.events.pricing;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;

/** Payload of {@code pricing.settings.changed}: the global pricing settings as they now are. */
@RegisterForReflection
public record PricingSettingsChanged(
        @NotBlank String settingsId,
        @NotNull BigDecimal exchangeRate,
        @NotNull BigDecimal defaultMarginRate,
        @NotNull BigDecimal serviceFeeRate,
        @NotNull BigDecimal insuranceRate,
        @Positive long roundingStep,
        @NotBlank String roundingMode,
        @NotNull Instant changedAt) {}
