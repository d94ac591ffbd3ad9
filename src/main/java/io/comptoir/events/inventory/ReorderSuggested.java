package io.comptoir.events.inventory;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** Payload of {@code inventory.reorder.suggested}: how much to reorder, from sales velocity. */
@RegisterForReflection
public record ReorderSuggested(
        @NotBlank String sku,
        @NotBlank String productId,
        long available,
        @NotNull BigDecimal dailyVelocity,
        @Positive long suggestedQuantity) {}
