package io.comptoir.events.promotion;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Payload of {@code promotion.code.created}: a {@code PERCENT} code ({@code percent} a fraction,
 * 0.10 is 10 %) or a {@code FIXED} one ({@code amount} off), and its rules: minimum order,
 * validity window, uses in all and per customer (null: unlimited).
 */
@RegisterForReflection
public record PromoCodeCreated(
        @NotBlank String code,
        @NotBlank String kind,
        BigDecimal percent,
        @Valid Money amount,
        @Valid Money minimumOrder,
        @NotNull Instant validFrom,
        @NotNull Instant validUntil,
        Integer globalLimit,
        Integer perCustomerLimit) {}
