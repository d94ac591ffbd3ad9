package io.comptoir.events.pricing;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Payload of {@code pricing.tier.activated}: a quantity price tier now applies to a product. */
@RegisterForReflection
public record PriceTierActivated(
        @NotBlank String productId,
        @NotBlank String sku,
        String groupId,
        @Positive int minQuantity,
        @NotNull @Valid Money unitPrice) {}
