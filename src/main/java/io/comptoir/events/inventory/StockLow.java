package io.comptoir.events.inventory;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code inventory.stock.low}: available stock fell to its threshold. */
@RegisterForReflection
public record StockLow(@NotBlank String sku, @NotBlank String productId, long available, long threshold) {}
