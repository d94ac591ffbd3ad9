package io.comptoir.events.promotion;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/** Payload of {@code promotion.code.created}: a percent or fixed promo code and its rules. */
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
