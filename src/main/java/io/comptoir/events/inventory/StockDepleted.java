package io.comptoir.events.inventory;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code inventory.stock.depleted}: nothing left to sell. */
@RegisterForReflection
public record StockDepleted(@NotBlank String sku, @NotBlank String productId) {}
