package io.comptoir.events.promotion;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code promotion.code.redeemed}: a code used for an order. */
@RegisterForReflection
public record PromoCodeRedeemed(
        @NotBlank String code, @NotBlank String customerId, @NotBlank String orderId, @NotNull @Valid Money discount) {}
