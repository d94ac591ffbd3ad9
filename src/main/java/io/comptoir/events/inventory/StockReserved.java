package io.comptoir.events.inventory;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** Payload of {@code inventory.stock.reserved}: stock held for an order, or refused with a reason. */
@RegisterForReflection
public record StockReserved(
        @NotBlank String sku,
        @NotBlank String orderId,
        @Positive int quantity,
        long available,
        boolean reserved,
        String reason) {}
