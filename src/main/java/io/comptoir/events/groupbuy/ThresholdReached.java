package io.comptoir.events.groupbuy;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Payload of {@code groupbuy.threshold.reached}: the group reached a cheaper tier (once per tier). */
@RegisterForReflection
public record ThresholdReached(
        @NotBlank String groupId,
        @NotBlank String productId,
        @NotBlank String sku,
        @Positive int minQuantity,
        @NotNull @Valid Money unitPrice,
        long totalQuantity) {}
