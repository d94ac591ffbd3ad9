package io.comptoir.events.order;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code order.order.placed}: the order as placed, with the prices it was placed at:
 * {@code subtotal} at catalogue prices, the {@code discounts} applied (category sales, bundles, the
 * promo code), and the {@code total} to pay.
 */
@RegisterForReflection
public record OrderPlaced(
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotEmpty List<@NotNull @Valid Line> lines,
        @NotNull @Valid Money subtotal,
        @NotNull List<@NotNull @Valid Discount> discounts,
        String promoCode,
        @NotNull @Valid Money total,
        @NotBlank String paymentMethod,
        @NotNull Instant placedAt) {

    /** One ordered variant: its catalogue price, and the unit price paid after any category sale. */
    @RegisterForReflection
    public record Line(
            @NotBlank String productId,
            @NotBlank String sku,
            String name,
            @Positive int quantity,
            @NotNull @Valid Money listPrice,
            @NotNull @Valid Money unitPrice,
            @NotNull @Valid Money lineTotal) {}

    /** A promotion applied: a category sale ({@code SALE}), a bundle ({@code BUNDLE}) or a promo code ({@code CODE}). */
    @RegisterForReflection
    public record Discount(@NotBlank String kind, @NotBlank String reference, @NotNull @Valid Money amount) {}
}
