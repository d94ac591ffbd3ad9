package io.comptoir.events.inventory;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Payload of {@code inventory.stock.reserved}: stock held for an order ({@code reserved}), or
 * refused with a reason ({@link #OUT_OF_STOCK}), which the order engine gives its cancellation.
 */
@RegisterForReflection
public record StockReserved(
        @NotBlank String sku,
        @NotBlank String orderId,
        @Positive int quantity,
        long available,
        boolean reserved,
        String reason) {

    /** A line asked for more units than were available; {@code available} says how many were. */
    public static final String OUT_OF_STOCK = "OUT_OF_STOCK";
}
