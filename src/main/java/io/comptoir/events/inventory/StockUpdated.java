package io.comptoir.events.inventory;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code inventory.stock.updated}: a variant's stock as it now is. */
@RegisterForReflection
public record StockUpdated(
        @NotBlank String sku, @NotBlank String productId, long onHand, long reserved, long available) {}
