package io.comptoir.events.inventory;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** Payload of {@code inventory.stock.released}: an order's reservation given back. */
@RegisterForReflection
public record StockReleased(@NotBlank String sku, @NotBlank String orderId, @Positive int quantity, long available) {}
